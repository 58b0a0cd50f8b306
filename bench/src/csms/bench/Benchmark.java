package csms.bench;

import csms.testing.Fixtures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A benchmark: tagged {@code bench} (only the {@code bench} profile runs it), the whole application with MockMvc and
 * the test fixtures, on the database {@link BenchDatabase} prepares ({@code -Dbench.db}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("bench")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(Fixtures.class)
@ContextConfiguration(initializers = BenchDatabase.class)
@interface Benchmark {
}
