package csms.audit;

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

/** Every action the identity, audit, system and customer modules record has a label in both audit bundles. */
class AuditActionLabelsTest {

    private static final Pattern RECORDED = Pattern.compile("audit\\.record\\w*\\([^;]*?\"([a-z]+(?:\\.[a-z-]+)+)\"");

    @Test
    void everyRecordedActionOfTheseModulesHasALabel() throws IOException {
        Set<String> actions = new TreeSet<>();
        for (String module : new String[] { "identity", "audit", "system", "customer" }) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/csms", module))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    var m = RECORDED.matcher(Files.readString(f));
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        assertThat(actions).contains("user.created", "auth.signed-in", "setup.completed", "organisation.updated",
                "customer.registered", "customer.assigned");
        for (String bundle : new String[] { "audit.properties", "audit_en.properties" }) {
            Properties labels = load(Path.of("src/main/resources/i18n", bundle));
            assertThat(actions).as(bundle).allSatisfy(a -> assertThat(labels).containsKey("audit.action." + a));
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
