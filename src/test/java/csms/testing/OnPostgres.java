package csms.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring integration test against a real PostgreSQL server instead of H2. Put it on a subclass of an
 * H2 integration test to run the same tests on both databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ExtendWith(RequiresPostgres.class)
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface OnPostgres {
}
