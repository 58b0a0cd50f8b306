package csms.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server for integration tests: 127.0.0.1:5432 as user postgres by default, overridable with
 * CSMS_TEST_PG_URL (a JDBC URL of any existing database), CSMS_TEST_PG_USER and CSMS_TEST_PG_PASSWORD.
 * Each test JVM gets a fresh, uniquely named database. Databases are not dropped at exit (that would race the
 * application's own shutdown); instead each run drops the test databases that earlier runs left behind more
 * than an hour ago — the creation time is part of the name, so a run going on in parallel is never touched.
 */
public final class PostgresServer {

    private static final String ADMIN_URL = env("CSMS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = env("CSMS_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("CSMS_TEST_PG_PASSWORD", "");
    private static volatile String databaseUrl;
    private static volatile Boolean reachable;

    private PostgresServer() {
    }

    /** True when CI=true: then PostgreSQL and browser tests must run, never skip. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static synchronized boolean reachable() {
        if (reachable == null) {
            try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
                reachable = c.isValid(2);
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    public static String adminUrl() {
        return ADMIN_URL;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** The JDBC URL of this JVM's fresh test database, created on first use. */
    public static synchronized String databaseUrl() {
        if (databaseUrl == null) {
            databaseUrl = createDatabase("csms_test");
        }
        return databaseUrl;
    }

    /**
     * Creates a new empty database named {@code <prefix>_<epoch seconds>_<random>} and returns its JDBC URL.
     * Leftovers of earlier runs older than an hour are dropped first.
     */
    public static String createDatabase(String prefix) {
        String db = (prefix + "_" + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8)).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
            dropLeftovers(c);
            c.createStatement().execute("CREATE DATABASE " + db + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + db + " on " + ADMIN_URL, e);
        }
        int slash = ADMIN_URL.lastIndexOf('/');
        int query = ADMIN_URL.indexOf('?', slash);
        return ADMIN_URL.substring(0, slash + 1) + db + (query < 0 ? "" : ADMIN_URL.substring(query));
    }

    private static void dropLeftovers(Connection c) throws SQLException {
        Pattern name = Pattern.compile("csms_[a-z]+_(\\d{10})_[0-9a-f]{8}");
        long cutoff = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        var rs = c.createStatement().executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'csms\\_%'");
        var old = new java.util.ArrayList<String>();
        while (rs.next()) {
            Matcher m = name.matcher(rs.getString(1));
            if (m.matches() && Long.parseLong(m.group(1)) < cutoff) {
                old.add(rs.getString(1));
            }
        }
        for (String db : old) {
            try {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + db);
            } catch (SQLException inUse) {
                // Still connected somewhere: leave it for a later run.
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
