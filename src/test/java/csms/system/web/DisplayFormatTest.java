package csms.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import csms.system.OrganisationSettings;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    private final OrganisationSettings organisation = mock(OrganisationSettings.class);
    private final DisplayFormat fmt = new DisplayFormat(organisation);

    @Test
    void showsStoredUtcInstantsInTheOrganisationsZone() {
        when(organisation.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
        assertThat(fmt.instantsIn("firstContactDueAt: ∅ → 2026-11-27T22:17:00Z"))
                .isEqualTo("firstContactDueAt: ∅ → 2026-11-28 06:17");
        assertThat(fmt.instantsIn("2026-01-01T00:00:00.123456Z")).isEqualTo("2026-01-01 08:00");
    }

    @Test
    void leavesOtherTextAlone() {
        when(organisation.zone()).thenReturn(ZoneId.of("Asia/Shanghai"));
        assertThat(fmt.instantsIn("地址: 北京 → 上海")).isEqualTo("地址: 北京 → 上海");
        assertThat(fmt.instantsIn("2026-11-27")).isEqualTo("2026-11-27");
        assertThat(fmt.instantsIn(null)).isNull();
    }
}
