package csms.system.calendar.web;

import csms.system.calendar.TimeRange;
import csms.system.calendar.WorkingTimeSetting;
import java.time.Instant;
import java.util.List;

/** The working time in the API: day names (MONDAY...) and periods {start, end} as HH:mm; also the PUT body. */
record HoursView(List<String> workingDays, List<Period> periods, Long version, String updatedBy,
        Instant updatedAt) {

    /** A period of working time; the end may be "24:00". */
    record Period(String start, String end) {
    }

    static HoursView of(WorkingTimeSetting s) {
        return new HoursView(s.time().workingDaysInOrder().stream().map(Enum::name).toList(),
                s.time().periods().stream().map(p -> new Period(p.startText(), p.endText())).toList(),
                s.version(), s.updatedBy(), s.updatedAt());
    }

    List<TimeRange> toRanges() {
        return periods == null ? List.of() : periods.stream()
                .map(p -> p == null ? TimeRange.parse(null, null) : TimeRange.parse(p.start(), p.end())).toList();
    }
}
