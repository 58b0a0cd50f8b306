package csms.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message bundle has the same keys in Chinese and English, and every key used by a template exists. */
class MessageBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            var bases = files.map(p -> p.getFileName().toString()).filter(n -> !n.contains("_en"))
                    .map(n -> n.replace(".properties", "")).toList();
            assertThat(bases).contains("messages");
            for (String base : bases) {
                Set<String> zh = load(I18N.resolve(base + ".properties")).stringPropertyNames();
                Set<String> en = load(I18N.resolve(base + "_en.properties")).stringPropertyNames();
                assertThat(new TreeSet<>(en)).as("keys of %s_en vs %s", base, base).isEqualTo(new TreeSet<>(zh));
            }
        }
    }

    @Test
    void everyBundleIsRegisteredWithTheMessageSource() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        var m = Pattern.compile("basename:\\s*(\\S+)").matcher(config);
        assertThat(m.find()).isTrue();
        Set<String> registered = Set.of(m.group(1).split(","));
        try (Stream<Path> files = Files.list(I18N)) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.contains("_"))
                    .map(n -> "i18n/" + n.replace(".properties", ""))
                    .forEach(b -> assertThat(registered).as("spring.messages.basename").contains(b));
        }
    }

    @Test
    void everyLiteralMessageKeyInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path p : files.filter(p -> !p.toString().contains("_en")).toList()) {
                known.addAll(load(p).stringPropertyNames());
            }
        }
        Pattern literal = Pattern.compile("#\\{([a-z][a-z0-9.-]+)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var m = literal.matcher(Files.readString(t));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + t.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noTemplateWritesUnescapedText() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            var offenders = templates.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return Files.readString(p).contains("th:utext");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }
}
