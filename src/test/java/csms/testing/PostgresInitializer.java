package csms.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the test context's datasource at this JVM's fresh PostgreSQL test database. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!PostgresServer.reachable()) {
            return;
        }
        TestPropertyValues.of(
                "spring.datasource.url=" + PostgresServer.databaseUrl(),
                "spring.datasource.username=" + PostgresServer.user(),
                "spring.datasource.password=" + PostgresServer.password()).applyTo(context);
    }
}
