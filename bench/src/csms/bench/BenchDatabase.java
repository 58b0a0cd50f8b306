package csms.bench;

import csms.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the benchmark runs: {@code -Dbench.db=h2} (default) on a fresh H2 file database as in production's
 * default setup, or {@code -Dbench.db=postgres} on a fresh PostgreSQL database; the search index on the file
 * system in both cases, under {@code target/bench/<db>} (wiped at the start of a run).
 */
public class BenchDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static String kind() {
        String db = System.getProperty("bench.db", "h2").strip().toLowerCase(Locale.ROOT);
        if (!db.equals("h2") && !db.equals("postgres")) {
            throw new IllegalArgumentException("-Dbench.db must be h2 or postgres, not " + db);
        }
        return db;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path run = Path.of("target", "bench", kind()).toAbsolutePath();
        wipe(run);
        String url;
        if (kind().equals("postgres")) {
            if (!PostgresServer.reachable()) {
                throw new IllegalStateException("-Dbench.db=postgres but PostgreSQL is not reachable at "
                        + PostgresServer.adminUrl());
            }
            String db = PostgresServer.createDatabase("csms_bench");
            url = db + (db.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        } else {
            url = "jdbc:h2:file:" + run.resolve("db").resolve("csms") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        TestPropertyValues.of("spring.datasource.url=" + url,
                "spring.datasource.username=" + (kind().equals("postgres") ? PostgresServer.user() : "csms"),
                "spring.datasource.password=" + (kind().equals("postgres") ? PostgresServer.password() : ""),
                "csms.data-dir=" + run,
                "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem").applyTo(context);
    }

    private static void wipe(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
