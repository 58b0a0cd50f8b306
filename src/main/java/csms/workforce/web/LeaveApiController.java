package csms.workforce.web;

import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import csms.workforce.ApproverLevel;
import csms.workforce.HalfDay;
import csms.workforce.LeaveApplication;
import csms.workforce.LeaveDecisions;
import csms.workforce.LeaveFilter;
import csms.workforce.LeavePeriod;
import csms.workforce.LeaveRequest;
import csms.workforce.LeaveRow;
import csms.workforce.LeaveStatus;
import csms.workforce.LeaveType;
import csms.workforce.Leaves;
import csms.workforce.TeamCalendar;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leave 请假 over REST (WFM-1): the same facades, rules and audit as the pages — apply (notice period, urgent with a
 * reason if allowed), one's own applications, cancel, the decider's queue and the decision (never one's own; one
 * decision when two act at once), HR's file of decisions, the team calendar. Changes need the version (If-Match or
 * body): stale → 409.
 */
@RestController
@RequestMapping("/api/v1/leave")
@Tag(name = "Leave", description = "Leave applications 请假: apply, cancel, decide, the decisions filed for HR, the "
        + "team calendar")
class LeaveApiController {

    /** An application as the applicant, the decider and HR see it. */
    record LeaveJson(long id, long applicantId, String applicant, Long departmentId, String department,
            LeaveType type, String reason, LocalDate startDate, HalfDay startHalf, LocalDate endDate,
            HalfDay endHalf, BigDecimal workingDays, boolean urgent, String urgentReason, ApproverLevel approverLevel,
            LeaveStatus status, String decidedBy, Instant decidedAt, String decisionNote, Instant createdAt,
            long version) {

        static LeaveJson of(LeaveRow row) {
            LeaveRequest l = row.leave();
            return new LeaveJson(l.getId(), l.getApplicantId(), row.applicantName(), l.getDepartmentId(),
                    row.departmentName(), l.getType(), l.getReason(), l.getStartDate(), l.getStartHalf(),
                    l.getEndDate(), l.getEndHalf(), l.getWorkingDays(), l.isUrgent(), l.getUrgentReason(),
                    l.getApproverLevel(), l.getStatus(), row.deciderName(), l.getDecidedAt(), l.getDecisionNote(),
                    l.getCreatedAt(), l.getVersion());
        }
    }

    /** An application: halves default to the whole days (start AM, end PM). */
    record ApplyBody(LeaveType type, String reason, LocalDate startDate, HalfDay startHalf, LocalDate endDate,
            HalfDay endHalf, Boolean urgent, String urgentReason) {
    }

    /** A decision: approve or refuse, with an optional note (a refusal's reason). */
    record DecisionBody(Boolean approve, String note, Long version) {
    }

    /** The version the caller saw. */
    record VersionBody(Long version) {
    }

    private final Leaves leaves;
    private final LeaveDecisions decisions;

    LeaveApiController(Leaves leaves, LeaveDecisions decisions) {
        this.leaves = leaves;
        this.decisions = decisions;
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Apply for leave", description = "Routed by working days: up to the configured limit the "
            + "applicant's supervisor decides, above it the general manager. Inside the notice period → 422: on "
            + "urgentReason when the organisation allows urgent leave (then urgent with a reason is accepted), else "
            + "on startDate.")
    ResponseEntity<LeaveJson> apply(@RequestBody ApplyBody body) {
        LeaveRequest l = leaves.apply(new LeaveApplication(body.type(), body.reason(), new LeavePeriod(
                body.startDate(), body.startHalf() == null ? HalfDay.AM : body.startHalf(), body.endDate(),
                body.endHalf() == null ? HalfDay.PM : body.endHalf()), Boolean.TRUE.equals(body.urgent()),
                body.urgentReason()));
        return ResponseEntity.created(URI.create("/api/v1/leave/" + l.getId())).body(view(l.getId()));
    }

    @GetMapping("/mine")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One's own applications", description = "Newest first; size at most 100.")
    PagedResult<LeaveJson> mine(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PagedResult.of(leaves.mine(PageQuery.of(page, size, null)).map(LeaveJson::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "An application", description = "The applicant, its decider, HR and the general manager; "
            + "anyone else 404. ETag carries the version.")
    ResponseEntity<LeaveJson> get(@PathVariable long id) {
        LeaveJson l = view(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(l.version())).body(l);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Cancel one's own application", description = "Pending, or approved and not yet begun. "
            + "Needs the version: stale → 409.")
    LeaveJson cancel(@PathVariable long id, @RequestBody(required = false) VersionBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        leaves.cancel(id, ExpectedVersion.required(ifMatch, body == null ? null : body.version()));
        return view(id);
    }

    @GetMapping("/queue")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "The caller's queue of applications to decide", description = "Oldest first.")
    PagedResult<LeaveJson> queue(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PagedResult.of(decisions.queue(PageQuery.of(page, size, null)).map(LeaveJson::of));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Approve or refuse an application", description = "Only its decider (never one's own); "
            + "already decided or stale → 409; approve missing → 422.")
    LeaveJson decide(@PathVariable long id, @RequestBody DecisionBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        if (body.approve() == null) {
            throw csms.shared.RuleViolation.onField("approve", "validation.required");
        }
        decisions.decide(id, body.approve(), body.note(), ExpectedVersion.required(ifMatch, body.version()));
        return view(id);
    }

    @GetMapping("/decisions")
    @PreAuthorize("hasAnyRole('HR', 'GENERAL_MANAGER')")
    @Operation(summary = "Every application filed, for HR", description = "Filter by status, department, type, "
            + "decider level and start dates (from … to); size at most 100.")
    PagedResult<LeaveJson> decisions(@RequestParam(required = false) LeaveStatus status,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) LeaveType type,
            @RequestParam(required = false) ApproverLevel level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PagedResult.of(decisions.decisions(new LeaveFilter(status, departmentId, type, level, from, to),
                PageQuery.of(page, size, null)).map(LeaveJson::of));
    }

    @GetMapping("/calendar")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A team's calendar of who is away", description = "Per member and day the halves away "
            + "(1 or 2) on approved leave; open to every signed-in user, like the page.")
    TeamCalendar calendar(@RequestParam long departmentId,
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return leaves.teamCalendar(departmentId, month);
    }

    private LeaveJson view(long id) {
        return LeaveJson.of(leaves.view(id));
    }
}
