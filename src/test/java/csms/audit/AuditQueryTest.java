package csms.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void dayFiltersCoverWholeDaysInTheGivenZoneWithBothEndsIncluded() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        AuditQuery q = AuditQuery.forDays("a", "x", null, null, day, day, ZoneId.of("Asia/Shanghai"));
        assertThat(q.from()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(q.to()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
        AuditQuery utc = AuditQuery.forDays(null, null, null, null, day, null, ZoneId.of("UTC"));
        assertThat(utc.from()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(utc.to()).isNull();
    }
}
