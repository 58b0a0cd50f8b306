package csms.workforce.web;

import csms.shared.ExpectedVersion;
import csms.workforce.Roster;
import csms.workforce.RosterGrid;
import csms.workforce.Rosters;
import csms.workforce.ShiftClass;
import csms.workforce.ShiftType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly roster 排班 over REST (WFM-5): a team's month as the supervisor builds it (optionally filled from last
 * month), saved as a whole with the version (a first save without one; stale → 409; a shift on a day of approved
 * leave, someone outside the team or a day outside the month → 422), and one's own shifts.
 */
@RestController
@RequestMapping("/api/v1/roster")
@Tag(name = "Roster", description = "The monthly roster 排班: a team's month, saving it, one's own shifts")
class RosterApiController {

    /** A shift type with its class (day, night, late night — PAY-7). */
    record ShiftJson(long id, String name, LocalTime startsAt, LocalTime endsAt, ShiftClass shiftClass) {

        static ShiftJson of(ShiftType t) {
            return new ShiftJson(t.getId(), t.getName(), t.getStartsAt(), t.getEndsAt(), t.shiftClass());
        }
    }

    /** A team's month: person → day → shift type id; the days of approved leave; the days off (calendar). */
    record RosterJson(long departmentId, String department, String month, Long version, boolean copied,
            List<RosterGrid.Person> people, Map<Long, Map<LocalDate, Long>> cells, Map<Long, Set<LocalDate>> leave,
            Set<LocalDate> offDays, List<ShiftJson> shiftTypes) {

        static RosterJson of(RosterGrid g) {
            return new RosterJson(g.departmentId(), g.departmentName(), g.month().toString(), g.version(), g.copied(),
                    g.people(), g.cells(), g.leave(), g.offDays(), g.shiftTypes().stream().map(ShiftJson::of).toList());
        }
    }

    /** A team's month to save as a whole; version null for the month's first save (or If-Match). */
    record SaveBody(Long departmentId, YearMonth month, Map<Long, Map<LocalDate, Long>> cells, Long version) {
    }

    private final Rosters rosters;

    RosterApiController(Rosters rosters) {
        this.rosters = rosters;
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "A team's roster of a month", description = "copyLastMonth=true fills an unsaved month from "
            + "last month by day of month (days of approved leave left empty). ETag carries the version once saved.")
    ResponseEntity<RosterJson> grid(@RequestParam long departmentId,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(defaultValue = "false") boolean copyLastMonth) {
        RosterJson r = RosterJson.of(rosters.grid(departmentId, month, copyLastMonth));
        return r.version() == null ? ResponseEntity.ok(r)
                : ResponseEntity.ok().eTag(ExpectedVersion.etag(r.version())).body(r);
    }

    @PutMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Save a team's month as a whole", description = "Only the team's supervisor (or a department "
            + "manager and above). Refused (422) when someone is on approved leave that day, is not in the team, a day "
            + "is outside the month or a shift type unknown or retired; stale version → 409.")
    ResponseEntity<RosterJson> save(@RequestBody SaveBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (body.departmentId() == null) {
            throw csms.shared.RuleViolation.onField("departmentId", "validation.required");
        }
        if (body.month() == null) {
            throw csms.shared.RuleViolation.onField("month", "validation.required");
        }
        Roster saved = rosters.save(body.departmentId(), body.month(), body.cells() == null ? Map.of() : body.cells(),
                ExpectedVersion.resolve(ifMatch, body.version()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(saved.getVersion()))
                .body(RosterJson.of(rosters.grid(body.departmentId(), body.month(), false)));
    }

    @GetMapping("/mine")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One's own shifts of a month", description = "By day: the shift type with its times and class.")
    Map<LocalDate, ShiftJson> mine(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        Map<LocalDate, ShiftJson> result = new LinkedHashMap<>();
        rosters.mine(month).forEach((day, type) -> result.put(day, ShiftJson.of(type)));
        return result;
    }
}
