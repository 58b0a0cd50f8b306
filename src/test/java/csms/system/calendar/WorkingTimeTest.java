package csms.system.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.RuleViolation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The working week and working time of day accept only ordered, non-overlapping periods within the day. */
class WorkingTimeTest {

    static final Set<DayOfWeek> WEEKDAYS = WorkingTime.DEFAULT.workingDays();

    static WorkingTime periods(String... ranges) {
        return new WorkingTime(WEEKDAYS, List.of(ranges).stream().map(TimeRange::parse).toList());
    }

    static void refusedOn(String field, String key, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void theDefaultIsMondayToFridayWithALunchBreak() {
        assertThat(WorkingTime.DEFAULT.workingDaysInOrder()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(WorkingTime.DEFAULT.dailyTime()).isEqualTo(Duration.ofMinutes(450));
        assertThat(WorkingTime.DEFAULT.storedPeriods()).isEqualTo("09:00-12:00,13:30-18:00");
    }

    @Test
    void periodsAreKeptInOrderOfTime() {
        assertThat(periods("13:30-18:00", "09:00-12:00").storedPeriods()).isEqualTo("09:00-12:00,13:30-18:00");
    }

    @Test
    void touchingPeriodsAndAnEndAtMidnightAreAccepted() {
        WorkingTime t = periods("00:00-12:00", "12:00-24:00");
        assertThat(t.dailyTime()).isEqualTo(Duration.ofHours(24));
        assertThat(WorkingTime.fromStored(t.storedDays(), t.storedPeriods())).isEqualTo(t);
    }

    @Test
    void refusesOverlappingPeriods() {
        refusedOn("periods", "calendar.hours.overlap", () -> periods("09:00-12:30", "12:00-18:00"));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        refusedOn("periods", "calendar.hours.range-order", () -> TimeRange.parse("18:00", "09:00"));
        refusedOn("periods", "calendar.hours.range-order", () -> TimeRange.parse("09:00", "09:00"));
    }

    @Test
    void refusesTimesOutsideTheDay() {
        refusedOn("periods", "calendar.hours.time-invalid", () -> TimeRange.parse("25:00", "26:00"));
        refusedOn("periods", "calendar.hours.time-invalid", () -> TimeRange.parse("24:00", "24:00"));
        refusedOn("periods", "calendar.hours.time-invalid", () -> TimeRange.parse("nine", "12:00"));
    }

    @Test
    void refusesNoPeriodsOrMoreThanFour() {
        refusedOn("periods", "calendar.hours.period-count", () -> periods());
        refusedOn("periods", "calendar.hours.period-count",
                () -> periods("08:00-09:00", "10:00-11:00", "12:00-13:00", "14:00-15:00", "16:00-17:00"));
    }

    @Test
    void refusesAWeekWithoutWorkingDaysOrWithUnknownDays() {
        refusedOn("workingDays", "calendar.hours.no-working-day",
                () -> new WorkingTime(Set.of(), WorkingTime.DEFAULT.periods()));
        refusedOn("workingDays", "calendar.hours.day-invalid", () -> WorkingTime.days(List.of("FUNDAY")));
        assertThat(WorkingTime.days(List.of("6", "sunday"))).containsExactlyInAnyOrder(DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY);
    }
}
