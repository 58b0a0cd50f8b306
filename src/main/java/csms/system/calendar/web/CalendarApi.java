package csms.system.calendar.web;

import csms.shared.ExpectedVersion;
import csms.system.calendar.BusinessCalendar;
import csms.system.calendar.CalendarDay;
import csms.system.calendar.CalendarDays;
import csms.system.calendar.DayKind;
import csms.system.calendar.WorkingHours;
import csms.system.calendar.WorkingTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The business calendar over REST: everyone signed in reads it and computes deadlines; administrators edit. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Public holidays, make-up working days 调休 and working hours (CMP-8)")
class CalendarApi {

    private final CalendarDays days;
    private final WorkingHours workingHours;
    private final BusinessCalendar calendar;
    private final Clock clock;

    CalendarApi(CalendarDays days, WorkingHours hours, BusinessCalendar calendar, Clock clock) {
        this.days = days;
        this.workingHours = hours;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/days")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The year's days that differ from the working week (default: this year)")
    List<DayView> days(@RequestParam(required = false) String year) {
        return days.year(CalendarInput.year(year, calendar.zone())).stream().map(DayView::of).toList();
    }

    @PutMapping("/days/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a day (no version: 201) or change it (version in the body or If-Match)",
            description = "kind: PUBLIC_HOLIDAY, COMPANY_HOLIDAY or WORKING_DAY. A day that exists needs its version.")
    ResponseEntity<DayView> setDay(@PathVariable String date, @RequestBody DayRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long version = ExpectedVersion.resolve(ifMatch, body.version());
        CalendarDay day = days.set(CalendarInput.date(date), DayKind.parse(body.kind()), body.name(), version);
        return ResponseEntity.status(version == null ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(ExpectedVersion.etag(day.version())).body(DayView.of(day));
    }

    @DeleteMapping("/days/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Remove a day: it follows the working week again (If-Match optional)")
    ResponseEntity<Void> removeDay(@PathVariable String date,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        days.remove(CalendarInput.date(date), ExpectedVersion.resolve(ifMatch, null));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/hours")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The working week and working time of day")
    ResponseEntity<HoursView> hours() {
        HoursView view = HoursView.of(workingHours.current());
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(view.version())).body(view);
    }

    @PutMapping("/hours")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change the working week and working time of day (version in the body or If-Match)",
            description = "Up to four periods {start, end} as HH:mm (end may be 24:00), not overlapping.")
    ResponseEntity<HoursView> changeHours(@RequestBody HoursView body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ExpectedVersion.required(ifMatch, body.version());
        WorkingTime time = new WorkingTime(WorkingTime.days(body.workingDays()), body.toRanges());
        HoursView view = HoursView.of(workingHours.change(time, version));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(view.version())).body(view);
    }

    @GetMapping("/deadline")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "When that many business hours have elapsed after 'from' (default now)",
            description = "from: 2026-09-30T09:00:00+08:00 (encode + as %2B), ...Z, or a local time in the "
                    + "organisation's zone; "
                    + "hours: 0 to 10000, decimals allowed. Hours 0 gives the next working moment.")
    Deadline deadline(@RequestParam(required = false) String from, @RequestParam(required = false) String hours) {
        Instant start = CalendarInput.instant(from, calendar.zone(), Instant.now(clock));
        Duration businessTime = CalendarInput.hours(hours);
        Instant due = calendar.plusBusinessTime(start, businessTime);
        return new Deadline(start, hours.strip(), due, due.atZone(calendar.zone()).toOffsetDateTime(),
                calendar.zone().getId());
    }

    /** A calendar day in the API, with the kind spelled out as off day and statutory. */
    record DayView(LocalDate date, DayKind kind, boolean offDay, boolean statutory, String name, String source,
            String updatedBy, Instant updatedAt, long version) {

        static DayView of(CalendarDay d) {
            return new DayView(d.date(), d.kind(), d.offDay(), d.statutory(), d.name(), d.source().name(),
                    d.updatedBy(), d.updatedAt(), d.version());
        }
    }

    /** What a day becomes; the version the change is based on (none for a new day). */
    record DayRequest(String kind, String name, Long version) {
    }

    /** A computed deadline: the start, the business hours, the instant and the same in the organisation's zone. */
    record Deadline(Instant from, String hours, Instant deadline, OffsetDateTime deadlineLocal, String zone) {
    }
}
