package csms.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The shift classes of PAY-7: late night ends after 02:00, night after 22:00 and by 02:00, else day. */
class ShiftClassTest {

    @Test
    void aShiftEndingAt0230IsLateNightAndOneEndingAt0200IsNight() {
        assertThat(ShiftClass.of(t("22:00"), t("02:30"))).isEqualTo(ShiftClass.LATE_NIGHT);
        assertThat(ShiftClass.of(t("18:00"), t("02:00"))).isEqualTo(ShiftClass.NIGHT);
        assertThat(ShiftClass.of(t("18:00"), t("02:01"))).isEqualTo(ShiftClass.LATE_NIGHT);
    }

    @Test
    void endingAfter22IsNightAndBy22IsDay() {
        assertThat(ShiftClass.of(t("14:00"), t("22:30"))).isEqualTo(ShiftClass.NIGHT);
        assertThat(ShiftClass.of(t("16:00"), t("00:00"))).as("midnight").isEqualTo(ShiftClass.NIGHT);
        assertThat(ShiftClass.of(t("13:00"), t("22:00"))).isEqualTo(ShiftClass.DAY);
        assertThat(ShiftClass.of(t("08:30"), t("17:30"))).isEqualTo(ShiftClass.DAY);
        assertThat(ShiftClass.of(t("22:00"), t("07:00"))).isEqualTo(ShiftClass.LATE_NIGHT);
    }

    @Test
    void aShiftAtWorkAt0200WithoutCrossingMidnightIsLateNightAndAnEarlyMorningShiftIsDay() {
        assertThat(ShiftClass.of(t("00:00"), t("03:00"))).isEqualTo(ShiftClass.LATE_NIGHT);
        assertThat(ShiftClass.of(t("05:00"), t("13:00"))).isEqualTo(ShiftClass.DAY);
    }

    private static LocalTime t(String s) {
        return LocalTime.parse(s);
    }
}
