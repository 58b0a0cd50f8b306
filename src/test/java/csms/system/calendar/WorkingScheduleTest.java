package csms.system.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Business time arithmetic on the 2026 calendar as bundled (National Day 10-01..07 off, Sunday 09-20 and
 * Saturday 10-10 make-up working days), Monday to Friday 09:00–12:00 and 13:30–18:00, Asia/Shanghai.
 */
class WorkingScheduleTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static WorkingSchedule calendar;

    @BeforeAll
    static void bundled2026() throws IOException {
        calendar = new WorkingSchedule(SHANGHAI, WorkingTime.DEFAULT, days2026());
    }

    static List<CalendarDay> days2026() throws IOException {
        try (InputStream in = WorkingScheduleTest.class.getResourceAsStream("/calendar/holidays-cn/2026.json")) {
            return HolidayFile.read(in, JsonMapper.builder().build()).days().stream()
                    .map(d -> new CalendarDay(d.date(), d.kind(), d.name(), DaySource.DEFAULT, null, null, 0)).toList();
        }
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static Instant plusHours(String local, double hours) {
        return calendar.plus(at(local), Duration.ofMinutes(Math.round(hours * 60)));
    }

    @Test
    void countingStopsOverTheWeekend() {
        assertThat(plusHours("2026-03-06T17:00", 2)).as("Friday 17:00 + 2h").isEqualTo(at("2026-03-09T10:00"));
    }

    @Test
    void theNationalDayHolidayDoesNotCountAndTheMakeUpSaturdayDoes() {
        assertThat(plusHours("2026-09-30T17:00", 2)).as("the day before the holiday")
                .isEqualTo(at("2026-10-08T10:00"));
        assertThat(plusHours("2026-10-09T17:00", 2)).as("Friday before the make-up Saturday 10-10")
                .isEqualTo(at("2026-10-10T10:00"));
        assertThat(calendar.between(at("2026-09-30T09:00"), at("2026-10-08T18:00")))
                .isEqualTo(Duration.ofMinutes(2 * 450));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(plusHours("2026-03-04T11:00", 2)).isEqualTo(at("2026-03-04T14:30"));
        assertThat(calendar.between(at("2026-03-04T11:00"), at("2026-03-04T14:30"))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aDeadlineThatUsesUpAPeriodEndsAtItsEndNotAfterTheBreak() {
        assertThat(plusHours("2026-03-04T09:00", 3)).isEqualTo(at("2026-03-04T12:00"));
        assertThat(plusHours("2026-03-04T09:00", 7.5)).isEqualTo(at("2026-03-04T18:00"));
    }

    @Test
    void countingStartsAtTheNextWorkingMomentOutsideHours() {
        assertThat(plusHours("2026-03-02T22:00", 1)).as("Monday night").isEqualTo(at("2026-03-03T10:00"));
        assertThat(plusHours("2026-03-03T07:00", 1)).as("before opening").isEqualTo(at("2026-03-03T10:00"));
        assertThat(plusHours("2026-03-03T12:40", 1)).as("in the lunch break").isEqualTo(at("2026-03-03T14:30"));
        assertThat(plusHours("2026-03-07T10:00", 1)).as("Saturday").isEqualTo(at("2026-03-09T10:00"));
    }

    @Test
    void aMakeUpWorkingDayOnAWeekendCounts() {
        assertThat(plusHours("2026-09-20T08:00", 1)).as("Sunday 09-20 is a working day")
                .isEqualTo(at("2026-09-20T10:00"));
        assertThat(plusHours("2026-10-10T11:30", 1)).as("Saturday 10-10 is a working day")
                .isEqualTo(at("2026-10-10T14:00"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-11"))).as("the Sunday after").isFalse();
    }

    @Test
    void zeroBusinessTimeGivesTheNextWorkingMoment() {
        assertThat(plusHours("2026-03-04T10:15", 0)).as("inside hours: unchanged").isEqualTo(at("2026-03-04T10:15"));
        assertThat(plusHours("2026-03-04T12:00", 0)).as("at the break").isEqualTo(at("2026-03-04T13:30"));
        assertThat(plusHours("2026-03-04T18:00", 0)).as("at closing").isEqualTo(at("2026-03-05T09:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-10-01T09:00"))).as("National Day")
                .isEqualTo(at("2026-10-08T09:00"));
    }

    @Test
    void businessTimeBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
        assertThat(calendar.between(at("2026-03-04T15:00"), at("2026-03-04T10:00"))).isZero();
        assertThat(calendar.between(at("2026-03-04T10:00"), at("2026-03-04T10:00"))).isZero();
        assertThat(calendar.between(at("2026-10-01T00:00"), at("2026-10-07T23:59"))).as("all holiday").isZero();
    }

    @Test
    void businessTimeBetweenAStartAndItsDeadlineIsTheBusinessTimeAdded() {
        Random random = new Random(20260930L);
        long yearStart = at("2026-01-01T00:00").getEpochSecond();
        for (int i = 0; i < 5000; i++) {
            Instant start = Instant.ofEpochSecond(yearStart + random.nextLong(365L * 24 * 3600));
            Duration d = Duration.ofSeconds(random.nextLong(200L * 3600));
            Instant due = calendar.plus(start, d);
            assertThat(calendar.between(start, due)).as("start %s, %s", start, d).isEqualTo(d);
            assertThat(due).isAfterOrEqualTo(start);
        }
    }

    @Test
    void publicHolidaysAreTheStatutoryOffDaysNotWeekendsOrCompanyHolidays() {
        WorkingSchedule withCompanyDay = new WorkingSchedule(SHANGHAI, WorkingTime.DEFAULT, List.of(new CalendarDay(
                LocalDate.parse("2026-12-31"), DayKind.COMPANY_HOLIDAY, "年会", DaySource.EDITED, "admin", null, 0)));
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2026-10-01"))).isTrue();
        assertThat(calendar.holidayName(LocalDate.parse("2026-10-01"))).contains("国庆节");
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2026-10-10"))).as("make-up day").isFalse();
        assertThat(calendar.holidayName(LocalDate.parse("2026-10-10"))).isEmpty();
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2026-03-07"))).as("ordinary Saturday").isFalse();
        assertThat(withCompanyDay.isPublicHoliday(LocalDate.parse("2026-12-31"))).isFalse();
        assertThat(withCompanyDay.isWorkingDay(LocalDate.parse("2026-12-31"))).isFalse();
        assertThat(withCompanyDay.holidayName(LocalDate.parse("2026-12-31"))).contains("年会");
    }

    @Test
    void workingDaysAfterADateSkipHolidays() {
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-09-30"), 1)).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-10-03"), 0)).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-10-08"), 2)).as("via make-up Saturday")
                .isEqualTo(LocalDate.parse("2026-10-10"));
    }

    @Test
    void roundTheClockWorkCountsRealHoursAcrossADaylightSavingChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WorkingSchedule allDay = new WorkingSchedule(berlin,
                new WorkingTime(EnumSet.allOf(DayOfWeek.class), List.of(TimeRange.parse("00:00-24:00"))), List.of());
        Instant start = LocalDateTime.parse("2026-03-28T12:00").atZone(berlin).toInstant();
        assertThat(allDay.plus(start, Duration.ofHours(24))).isEqualTo(start.plus(Duration.ofHours(24)));
        assertThat(allDay.between(start, start.plus(Duration.ofHours(47)))).isEqualTo(Duration.ofHours(47));
    }

    @Test
    void refusesNegativeBusinessTime() {
        assertThatThrownBy(() -> calendar.plus(at("2026-03-04T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongDeadlineIsQuick() {
        Instant start = at("2026-01-05T09:00");
        long began = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            calendar.plus(start.plusSeconds(i * 61L), Duration.ofHours(40));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("10,000 deadlines a week ahead")
                .isLessThan(Duration.ofSeconds(2));
    }
}
