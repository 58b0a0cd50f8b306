package csms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import csms.testing.OnPostgres;
import csms.testing.PostgresServer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ContextConfiguration;

/**
 * The demo data set on PostgreSQL. The database that {@link OnPostgres} shares with the other PostgreSQL tests is
 * set up already (the loader would rightly skip it), so this context gets a fresh database of its own.
 */
@OnPostgres
@ContextConfiguration(initializers = DemoDataPostgresIT.FreshDatabase.class)
class DemoDataPostgresIT extends DemoDataIT {

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnAFreshPostgresDatabaseOfItsOwn() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.getCatalog()).startsWith("csms_demo_");
        }
    }

    /** Applied after the shared {@code PostgresInitializer}, so its datasource URL wins. */
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (PostgresServer.reachable()) {
                TestPropertyValues.of("spring.datasource.url=" + PostgresServer.createDatabase("csms_demo"),
                        "spring.datasource.username=" + PostgresServer.user(),
                        "spring.datasource.password=" + PostgresServer.password()).applyTo(context);
            }
        }
    }
}
