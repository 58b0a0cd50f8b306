package csms.service.web;

import csms.service.Channel;
import csms.service.ComplaintStage;
import csms.service.Priority;
import csms.service.Queue;
import csms.service.RequestDetails;
import csms.service.RequestDraft;
import csms.service.RequestFilter;
import csms.service.RequestRow;
import csms.service.RequestStatus;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.service.TimelineKind;
import csms.service.TimelineLine;
import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service requests over REST (SVC-1 … SVC-8): the same facade, access rules and audit as the pages. A request the
 * caller may not see answers 404 everywhere; an action the caller may not take on a visible one answers 403.
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Service requests", description = "Consultations 咨询, queries 查询 and complaints 投诉: queues, "
        + "registration, timeline, assignment, escalation, read-back, resolution")
class RequestApiController {

    private final ServiceRequests requests;

    RequestApiController(ServiceRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "A queue or a search", description = "Only requests the caller may see. Default order: "
            + "important and big customers first, then by deadline. Sort: due, created, updated, priority, customer "
            + "(prefix - for descending); size at most 100.")
    PagedResult<RequestRow> list(@Parameter(description = "MINE, TEAM, UNASSIGNED, DUE_SOON, OVERDUE, ESCALATED or "
            + "ALL (default)") @RequestParam(required = false) Queue queue,
            @Parameter(description = "part of the subject or the customer's name") @RequestParam(required = false) String q,
            @RequestParam(required = false) RequestType type, @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) ComplaintStage stage, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long assigneeId, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        PageQuery pageQuery = PageQuery.of(page, size, sort);
        RequestFilter filter = new RequestFilter(queue, q, type, status, channel, priority, stage, customerId,
                assigneeId, departmentId);
        return PagedResult.of(requests.list(filter, pageQuery));
    }

    @GetMapping("/counts")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "How many open requests each workspace queue holds for the caller")
    Map<Queue, Long> counts() {
        return requests.queueCounts();
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Register a request", description = "Assigned to the caller in their team's queue. A "
            + "complaint needs complainant, severity, description and what the customer wants (CMP-1) and is "
            + "acknowledged at once. Send an Idempotency-Key header to make retries safe.")
    ResponseEntity<RequestDetails> register(@Valid @RequestBody RequestDraft draft) {
        RequestDetails d = requests.register(draft);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + d.id()))
                .eTag(ExpectedVersion.etag(d.version())).body(d);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "A request with its complaint loop and what the caller may do",
            description = "ETag carries the version to send as If-Match with the next change.")
    ResponseEntity<RequestDetails> get(@PathVariable long id) {
        return Versioned.ok(requests.view(id));
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The request's timeline, newest first")
    PagedResult<TimelineLine> timeline(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PagedResult.of(requests.timeline(id, PageQuery.of(page, size, null)));
    }

    @PostMapping("/{id}/entries")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Add a note, call or email record, or a reply to the customer",
            description = "kind: NOTE, CALL, EMAIL or REPLY; a reply is never internal.")
    ResponseEntity<RequestDetails> addEntry(@PathVariable long id, @RequestBody NewEntry entry) {
        return Versioned.ok(requests.addEntry(id, entry.kind(), entry.text(), Boolean.TRUE.equals(entry.internal())));
    }

    @PutMapping("/{id}/assignment")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Assign to an agent or a team's queue", description = "An agent may take an unassigned "
            + "request of their team; other assignments and transfers are the supervisor's. Needs the version "
            + "(If-Match or body); stale → 409.")
    ResponseEntity<RequestDetails> assign(@PathVariable long id, @RequestBody Assignment assignment,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ExpectedVersion.required(ifMatch, assignment.version());
        return Versioned.ok(requests.assign(id, assignment.departmentId(), assignment.assigneeId(), version));
    }

    @PostMapping("/{id}/escalation")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Escalate to the team's supervisor with a reason (SVC-8)")
    ResponseEntity<RequestDetails> escalate(@PathVariable long id, @RequestBody Reason reason) {
        return Versioned.ok(requests.escalate(id, reason.reason()));
    }

    @PostMapping("/{id}/customer-confirmation")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The customer confirmed the details read back to them (SVC-5)")
    ResponseEntity<RequestDetails> confirmCustomerDetails(@PathVariable long id) {
        return Versioned.ok(requests.confirmCustomerDetails(id));
    }

    @PostMapping("/{id}/resolution")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Answer a consultation or query (SVC-7)", description = "Complaints close by their loop "
            + "(409). Needs the version (If-Match or body).")
    ResponseEntity<RequestDetails> resolve(@PathVariable long id, @RequestBody Resolution resolution,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = ExpectedVersion.required(ifMatch, resolution.version());
        return Versioned.ok(requests.resolve(id, resolution.answer(), version));
    }

    @PostMapping("/{id}/reopening")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Reopen a resolved consultation or query, e.g. when the answer did not help")
    ResponseEntity<RequestDetails> reopen(@PathVariable long id, @RequestBody(required = false) Reason reason) {
        return Versioned.ok(requests.reopen(id, reason == null ? null : reason.reason()));
    }

    /** A timeline entry; internal notes (left out: not internal) are never shown to the customer. */
    record NewEntry(TimelineKind kind, String text, Boolean internal) {
    }

    /** Where the request goes: a team's queue (assigneeId null) or an agent, with the version the client saw. */
    record Assignment(Long departmentId, Long assigneeId, Long version) {
    }

    /** Why the request is escalated or reopened. */
    record Reason(String reason) {
    }

    /** The answer given to the customer, with the version the client saw. */
    record Resolution(String answer, Long version) {
    }
}
