package csms.identity;

import csms.shared.RuleViolation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** At least 8 characters, not one of the commonly used passwords, not the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static void check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw RuleViolation.onField("password", "validation.password.too-short", MIN_LENGTH);
        }
        if (password.length() > 128) {
            throw RuleViolation.onField("password", "validation.password.too-long", 128);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || (username != null && lower.contains(username.toLowerCase(Locale.ROOT)))) {
            throw RuleViolation.onField("password", "validation.password.common");
        }
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
