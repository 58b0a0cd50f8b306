package csms.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the user reads: texts from the application's message bundles, so tests find buttons and labels by the
 * Chinese (or English) names on screen, e.g. {@code zh("login.submit")} is 登录.
 */
public final class Texts {

    /** Every bundle in src/main/resources/i18n (MessageBundlesTest checks they are all registered). */
    private static final List<String> BUNDLES = bundles();
    private static final Properties ZH = load("");
    private static final Properties EN = load("_en");

    private Texts() {
    }

    public static String zh(String key, Object... args) {
        return text(ZH, Locale.SIMPLIFIED_CHINESE, key, args);
    }

    public static String en(String key, Object... args) {
        return text(EN, Locale.ENGLISH, key, args);
    }

    /**
     * A regular expression, for Playwright's assertions, that matches the Chinese message with any text in place of
     * its arguments, e.g. {@code zhPattern("firstcontact.done")} matches 已于 2026-03-01 10:00 首次联系.
     */
    public static Pattern zhPattern(String key) {
        String[] parts = zh(key).split("\\{\\d+\\}", -1);
        return Pattern.compile(Arrays.stream(parts).map(Texts::literal).collect(Collectors.joining(".+")));
    }

    /**
     * The text as a regular expression that matches it literally, in Java and in the browser (Playwright runs
     * patterns as JavaScript, which has no {@code \\Q...\\E} of {@link Pattern#quote}).
     */
    public static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private static String text(Properties bundle, Locale locale, String key, Object... args) {
        String raw = bundle.getProperty(key);
        if (raw == null) {
            throw new IllegalArgumentException("No message " + key + " in the " + locale + " bundles");
        }
        return args.length == 0 ? raw : new MessageFormat(raw, locale).format(args);
    }

    private static List<String> bundles() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/i18n"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String suffix) {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            try (InputStream in = Texts.class.getResourceAsStream("/i18n/" + bundle + suffix + ".properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    p.forEach(all::putIfAbsent);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
