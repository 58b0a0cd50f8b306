package csms.pay.web;

import csms.pay.PayComponent;
import csms.pay.PayLine;
import csms.pay.PayRun;
import csms.pay.PayRunStatus;
import csms.pay.PayRuns;
import csms.shared.ExpectedVersion;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import csms.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly pay over REST (PAY-8): the same facade, roles and audit as the pages. Pay runs and their lines for HR and
 * the department manager and above; everyone else only their own line of a locked month ({@code /me}). A step needs
 * the run's version (If-Match or body): stale → 409.
 */
@RestController
@RequestMapping("/api/v1/pay")
@Tag(name = "Pay", description = "Monthly pay runs 工资表: compute, review, approve, lock, corrections; one's own pay "
        + "slip")
class PayApiController {

    /** A figure of a line: its kind, the amount and what it was computed from (message key and arguments). */
    record ComponentJson(String kind, BigDecimal amount, String basisKey, List<String> basis) {

        static ComponentJson of(PayComponent c) {
            return new ComponentJson(c.kind().name(), c.amount().amount(), c.basisKey(), c.basis());
        }
    }

    /** One employee's line. */
    record LineJson(long userId, Long departmentId, boolean trial, BigDecimal total, List<ComponentJson> components) {

        static LineJson of(PayLine l) {
            return new LineJson(l.userId(), l.departmentId(), l.trial(), l.total().amount(),
                    l.components().stream().map(ComponentJson::of).toList());
        }
    }

    /** A run of a month: number 1 is the first, later numbers are corrections of the one before. */
    record RunJson(long id, String month, int number, PayRunStatus status, Long correctionOf, String reason,
            BigDecimal total, long computedBy, Instant computedAt, Long reviewedBy, Long approvedBy, Instant lockedAt,
            long version) {

        static RunJson of(PayRun r) {
            return new RunJson(r.getId(), r.getMonth().toString(), r.getNumber(), r.getStatus(), r.getCorrectionOf(),
                    r.getReason(), r.getTotal().amount(), r.getComputedBy(), r.getComputedAt(), r.getReviewedBy(),
                    r.getApprovedBy(), r.getLockedAt(), r.getVersion());
        }
    }

    /** The month to compute; with a reason, a correction of its locked run. */
    record ComputeBody(YearMonth month, String reason) {
    }

    /** The version of the run the caller saw (or If-Match). */
    record StepBody(Long version) {
    }

    private final PayRuns runs;

    PayApiController(PayRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One's own pay slip", description = "The caller's line of the month's locked run (the latest "
            + "correction); 404 while the month is not locked or the caller has no line.")
    LineJson me(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return runs.ownLine(month).map(LineJson::of).orElseThrow(() -> new NotFoundException("PayLine", month));
    }

    @GetMapping("/runs")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    @Operation(summary = "The runs of a month", description = "The latest first.")
    List<RunJson> runs(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return runs.of(month).stream().map(RunJson::of).toList();
    }

    @GetMapping("/runs/{id}")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    @Operation(summary = "A run", description = "ETag carries the version.")
    ResponseEntity<RunJson> run(@PathVariable long id) {
        RunJson r = RunJson.of(runs.get(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(r.version())).body(r);
    }

    @GetMapping("/runs/{id}/lines")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    @Operation(summary = "A page of a run's lines", description = "By user id; size at most 100.")
    PagedResult<LineJson> lines(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageQuery q = PageQuery.of(page, size, null);
        long count = runs.lineCount(id);
        List<LineJson> content = runs.lines(id, q.size(), (long) q.page() * q.size()).stream().map(LineJson::of)
                .toList();
        return new PagedResult<>(content, q.page(), q.size(), count, (int) ((count + q.size() - 1) / q.size()));
    }

    @PostMapping("/runs")
    @PreAuthorize("hasRole('HR')")
    @Operation(summary = "Compute a month, or correct its locked run", description = "month yyyy-MM (a past or the "
            + "current month); with a reason, a correction of the locked run. A run still open → 409; a group "
            + "without target → 422 naming it.")
    ResponseEntity<RunJson> compute(@RequestBody ComputeBody body) {
        YearMonth month = body.month();
        if (month == null) {
            throw RuleViolation.onField("month", "validation.required");
        }
        PayRun r = body.reason() == null ? runs.compute(month) : runs.correct(month, body.reason());
        return ResponseEntity.created(URI.create("/api/v1/pay/runs/" + r.getId()))
                .eTag(ExpectedVersion.etag(r.getVersion())).body(RunJson.of(r));
    }

    @PostMapping("/runs/{id}/{step:review|approve|lock}")
    @PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    @Operation(summary = "Review (HR), approve (the department manager, not who computed it) or lock (HR) a run",
            description = "Needs the version (If-Match or body): stale → 409; out of order → 409.")
    ResponseEntity<RunJson> step(@PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) StepBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ExpectedVersion.required(ifMatch, body == null ? null : body.version());
        PayRun r = switch (step) {
            case "review" -> runs.review(id, version);
            case "approve" -> runs.approve(id, version);
            default -> runs.lock(id, version);
        };
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(r.getVersion())).body(RunJson.of(r));
    }

    @DeleteMapping("/runs/{id}")
    @PreAuthorize("hasRole('HR')")
    @Operation(summary = "Discard a run not yet locked", description = "Needs the version (If-Match): stale → 409; "
            + "locked → 409.")
    ResponseEntity<Void> discard(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        runs.discard(id, ExpectedVersion.required(ifMatch, null));
        return ResponseEntity.noContent().build();
    }
}
