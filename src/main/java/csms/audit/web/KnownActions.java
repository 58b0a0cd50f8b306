package csms.audit.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The audit actions that have a label ({@code audit.action.<action>} in the audit bundle), offered as a filter. */
@Component
class KnownActions {

    static final String PREFIX = "audit.action.";

    private final List<String> actions;

    KnownActions() {
        Properties labels = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("i18n/audit.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            labels.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.actions = labels.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length())).sorted().toList();
    }

    List<String> all() {
        return actions;
    }
}
