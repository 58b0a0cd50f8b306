package csms.system.web;

import csms.system.OrganisationSettings;
import java.time.ZoneId;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The shared web infrastructure for slice tests: problem details, error advices and pages, the request filters,
 * locale and time zone, and the beans templates call ({@code @fmt}, {@code @pageLinks}). The organisation is a
 * mock that is set up in Asia/Shanghai; a test that needs another state declares its own {@code @MockitoBean}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ProblemWriter.class, ApiErrors.class, PageErrors.class, ErrorPages.class, UnknownPaths.class,
    WebConfig.class, PageLinks.class, DisplayFormat.class, RequestHygieneFilter.class, SetupGateFilter.class })
public class SliceWeb {

    @Bean
    OrganisationSettings organisationSettings() {
        OrganisationSettings organisation = Mockito.mock(OrganisationSettings.class);
        Mockito.when(organisation.isSetUp()).thenReturn(true);
        Mockito.when(organisation.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
        return organisation;
    }

    @Bean
    IdempotencyStore idempotencyStore() {
        return Mockito.mock(IdempotencyStore.class);
    }
}
