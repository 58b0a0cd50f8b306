package csms.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import csms.system.calendar.CalendarDay;
import csms.system.calendar.DayKind;
import csms.system.calendar.DaySource;
import csms.system.calendar.WorkingSchedule;
import csms.system.calendar.WorkingTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The length of a leave in working days (WFM-1): weekends and holidays do not count, a 调休 Saturday does, halves are
 * 0.5; overlaps by half day.
 */
class LeavePeriodTest {

    // Mon 2026-09-28 … Sun 2026-10-04: 10-01 a public holiday, Sat 10-03 a make-up working day 调休
    private static final WorkingSchedule CALENDAR = new WorkingSchedule(ZoneId.of("Asia/Shanghai"),
            WorkingTime.DEFAULT, List.of(
                    day("2026-10-01", DayKind.PUBLIC_HOLIDAY, "国庆节"),
                    day("2026-10-03", DayKind.WORKING_DAY, "国庆节调休")));

    @Test
    void holidaysAndSundaysAreLeftOutAndAMakeUpSaturdayCounts() {
        LeavePeriod week = new LeavePeriod(d("2026-09-28"), HalfDay.AM, d("2026-10-04"), HalfDay.PM);
        // Mon, Tue, Wed, (Thu holiday), Fri, Sat 调休, (Sun) = 5
        assertThat(week.workingDays(CALENDAR)).isEqualByComparingTo("5.0");
    }

    @Test
    void halfDaysAtEitherEndCountHalf() {
        assertThat(new LeavePeriod(d("2026-09-28"), HalfDay.PM, d("2026-09-29"), HalfDay.AM).workingDays(CALENDAR))
                .isEqualByComparingTo("1.0");
        assertThat(new LeavePeriod(d("2026-09-28"), HalfDay.AM, d("2026-09-29"), HalfDay.AM).workingDays(CALENDAR))
                .isEqualByComparingTo("1.5");
        assertThat(new LeavePeriod(d("2026-09-30"), HalfDay.PM, d("2026-10-01"), HalfDay.PM).workingDays(CALENDAR))
                .as("the afternoon before the holiday").isEqualByComparingTo("0.5");
        assertThat(new LeavePeriod(d("2026-09-28"), HalfDay.PM, d("2026-09-28"), HalfDay.AM).isOrdered()).isFalse();
    }

    @Test
    void periodsOverlapWhenTheyShareAHalfDay() {
        LeavePeriod morning = new LeavePeriod(d("2026-09-28"), HalfDay.AM, d("2026-09-28"), HalfDay.AM);
        LeavePeriod afternoon = new LeavePeriod(d("2026-09-28"), HalfDay.PM, d("2026-09-29"), HalfDay.PM);
        assertThat(morning.overlaps(afternoon)).isFalse();
        assertThat(afternoon.overlaps(new LeavePeriod(d("2026-09-29"), HalfDay.PM, d("2026-09-30"), HalfDay.AM)))
                .isTrue();
    }

    private static CalendarDay day(String date, DayKind kind, String name) {
        return new CalendarDay(d(date), kind, name, DaySource.DEFAULT, null, null, 0);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
