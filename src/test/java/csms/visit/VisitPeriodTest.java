package csms.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitPeriodTest {

    @Test
    void twoMonthWindowsRunFromJanuarySoNovemberAndDecemberAreTheSixth() {
        VisitPeriod p = VisitPeriod.containing(LocalDate.of(2026, 12, 2), 2);
        assertThat(p.key()).isEqualTo("2026-2M-6");
        assertThat(p.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(p.endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(VisitPeriod.containing(LocalDate.of(2026, 11, 1), 2)).isEqualTo(p);
        assertThat(VisitPeriod.containing(LocalDate.of(2026, 10, 31), 2).key()).isEqualTo("2026-2M-5");
        assertThat(VisitPeriod.containing(LocalDate.of(2027, 1, 1), 2).key()).isEqualTo("2027-2M-1");
    }

    @Test
    void anIntervalThatDoesNotDivideTheYearEndsItsLastWindowWithTheYear() {
        VisitPeriod last = VisitPeriod.containing(LocalDate.of(2026, 12, 31), 5);
        assertThat(last.key()).isEqualTo("2026-5M-3");
        assertThat(last.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(last.endExclusive()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(VisitPeriod.containing(LocalDate.of(2026, 6, 1), 5).start()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aChangedIntervalGivesOtherKeys() {
        LocalDate day = LocalDate.of(2026, 3, 15);
        assertThat(VisitPeriod.containing(day, 2).key()).isNotEqualTo(VisitPeriod.containing(day, 3).key());
        assertThat(VisitPeriod.containing(day, 12).key()).isEqualTo("2026-12M-1");
        assertThatThrownBy(() -> VisitPeriod.containing(day, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
