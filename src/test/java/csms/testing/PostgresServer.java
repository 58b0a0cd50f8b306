package csms.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server for integration tests: 127.0.0.1:5432 as user postgres by default, overridable with
 * CSMS_TEST_PG_URL (a JDBC URL of any existing database), CSMS_TEST_PG_USER and CSMS_TEST_PG_PASSWORD.
 * Each test JVM gets a fresh, uniquely named database, dropped when the JVM exits.
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
            databaseUrl = createDatabase("csms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        }
        return databaseUrl;
    }

    /** Creates a new empty database and returns its JDBC URL; it is dropped when the JVM exits. */
    public static String createDatabase(String name) {
        String db = name.toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
            c.createStatement().execute("CREATE DATABASE " + db + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + db + " on " + ADMIN_URL, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(db)));
        int slash = ADMIN_URL.lastIndexOf('/');
        int query = ADMIN_URL.indexOf('?', slash);
        return ADMIN_URL.substring(0, slash + 1) + db + (query < 0 ? "" : ADMIN_URL.substring(query));
    }

    private static void drop(String db) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // The server may already be gone at JVM exit; a leftover test database is harmless.
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
