package csms.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.ConflictException;
import csms.visit.QuietHours.Window;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planning around quiet hours (VIS-1) and moving a busy customer's visit, without Spring. */
class QuietHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuietHours DEFAULT = new QuietHours(List.of(
            Window.of(LocalTime.of(12, 0), LocalTime.of(14, 0)), Window.of(LocalTime.of(21, 0), LocalTime.of(9, 0))));

    @Test
    void aVisitWhoseIdealTimeFallsInTheMiddayRestIsOfferedWhenTheRestEnds() {
        assertThat(DEFAULT.firstCallable(at(2026, 12, 2, 12, 30), SHANGHAI)).isEqualTo(at(2026, 12, 2, 14, 0));
    }

    @Test
    void aServiceCompletedAtNightIsVisitedTheNextMorningAtNine() {
        assertThat(DEFAULT.firstCallable(at(2026, 12, 2, 22, 15), SHANGHAI)).isEqualTo(at(2026, 12, 3, 9, 0));
        assertThat(DEFAULT.firstCallable(at(2026, 12, 3, 6, 0), SHANGHAI)).isEqualTo(at(2026, 12, 3, 9, 0));
    }

    @Test
    void aCallableTimeStaysAsItIsAndWeekendsDoNotMatter() {
        Instant saturdayMorning = at(2026, 12, 5, 10, 17);
        assertThat(DEFAULT.firstCallable(saturdayMorning, SHANGHAI)).isEqualTo(saturdayMorning);
        assertThat(DEFAULT.isQuiet(at(2026, 12, 5, 14, 0), SHANGHAI)).isFalse();
        assertThat(DEFAULT.isQuiet(at(2026, 12, 5, 13, 59), SHANGHAI)).isTrue();
        assertThat(DEFAULT.isQuiet(at(2026, 12, 5, 8, 59), SHANGHAI)).isTrue();
    }

    @Test
    void theCustomersOwnWindowIsAddedAndChainedWindowsAreAllSkipped() {
        QuietHours withOwn = DEFAULT.with(Window.of(LocalTime.of(14, 0), LocalTime.of(16, 30)));
        assertThat(withOwn.firstCallable(at(2026, 12, 2, 12, 10), SHANGHAI)).isEqualTo(at(2026, 12, 2, 16, 30));
        assertThat(withOwn.firstCallable(at(2026, 12, 2, 11, 0), SHANGHAI)).isEqualTo(at(2026, 12, 2, 11, 0));
    }

    @Test
    void everyOfferedTimeWithinThreeDaysIsOutsideQuietHours() {
        Instant start = at(2026, 12, 2, 0, 0);
        for (int minutes = 0; minutes < 3 * 24 * 60; minutes += 7) {
            Instant ideal = start.plusSeconds(minutes * 60L);
            Instant offered = DEFAULT.firstCallable(ideal, SHANGHAI);
            assertThat(DEFAULT.isQuiet(offered, SHANGHAI)).as("offered for %s", ideal).isFalse();
            assertThat(offered).isAfterOrEqualTo(ideal).isBeforeOrEqualTo(ideal.plusSeconds(12 * 3600));
        }
    }

    @Test
    void aBusyCustomersVisitMovesToTheAgreedTimeAndStaysPlanned() {
        Instant now = at(2026, 12, 2, 10, 0);
        ReturnVisit v = new ReturnVisit(VisitKind.SERVICE, 7, "王伟", 11L, 1, now, 3L, 1L, now,
                now.plusSeconds(3 * 86400), now);
        Instant agreed = at(2026, 12, 3, 15, 30);
        v.moveTo(agreed, false, "客户在开会，约明天下午三点半");
        assertThat(v.getPlannedAt()).isEqualTo(agreed);
        assertThat(v.getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(v.getOutcome()).isEqualTo(VisitOutcome.CALL_BACK);
        v.recordRefused("客户不愿接受回访", agreed);
        assertThat(v.getStatus()).isEqualTo(VisitStatus.REFUSED);
        assertThatThrownBy(() -> v.moveTo(agreed.plusSeconds(3600), false, null)).isInstanceOf(ConflictException.class);
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
    }
}
