package csms.service.web;

import csms.service.PromiseView;
import csms.service.ReferralView;
import csms.service.RequestTasks;
import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * The tasks hanging on a request over REST: promises to the customer (SVC-6) and the call record sheet's questions
 * referred to a department and called back (SVC-3).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Request tasks", description = "Promises 答应客户的事情 and the call record sheet 客户来电记录单")
class RequestTaskApiController {

    private final RequestTasks tasks;

    RequestTaskApiController(RequestTasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/requests/{id}/promises")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The promises made on a request, by due time")
    List<PromiseView> promisesOf(@PathVariable long id) {
        return tasks.promisesOf(id);
    }

    @PostMapping("/requests/{id}/promises")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Record a promise to the customer, due at a future time (SVC-6)",
            description = "It becomes a task of the caller; overdue promises escalate.")
    ResponseEntity<PromiseView> promise(@PathVariable long id, @RequestBody NewPromise body) {
        PromiseView p = tasks.promise(id, body.description(), body.dueAt());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(p.version())).body(p);
    }

    @PostMapping("/promises/{id}/kept")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The promise was kept", description = "Needs the promise's version (If-Match or body).")
    ResponseEntity<PromiseView> keep(@PathVariable long id, @RequestBody(required = false) VersionOnly body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(tasks.keep(id, VersionOnly.required(body, ifMatch)));
    }

    @GetMapping("/promises")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Open promises: the caller's own; a supervisor's whole team", description = "By due time.")
    PagedResult<PromiseView> openPromises(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PagedResult.of(tasks.openPromises(PageQuery.of(page, size, null)));
    }

    @GetMapping("/requests/{id}/referrals")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The call record sheet of a request: questions referred to departments")
    List<ReferralView> referralsOf(@PathVariable long id) {
        return tasks.referralsOf(id);
    }

    @PostMapping("/requests/{id}/referrals")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Refer a question the agent cannot answer to a department (SVC-3)",
            description = "The request waits for the department; the answer is due in the configured business hours.")
    ResponseEntity<ReferralView> refer(@PathVariable long id, @RequestBody NewReferral body) {
        ReferralView f = tasks.refer(id, body.question(), body.departmentId());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ExpectedVersion.etag(f.version())).body(f);
    }

    @PostMapping("/referrals/{id}/answer")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The department's answer", description = "Members of the department (or managers); needs "
            + "the referral's version (If-Match or body). The request returns to the agent to call back.")
    ResponseEntity<ReferralView> answer(@PathVariable long id, @RequestBody ReferralAnswer body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(tasks.answer(id, body.answer(), ExpectedVersion.required(ifMatch, body.version())));
    }

    @PostMapping("/referrals/{id}/call-back")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The agent called the customer back with the department's answer")
    ResponseEntity<ReferralView> calledBack(@PathVariable long id) {
        return Versioned.ok(tasks.calledBack(id));
    }

    @GetMapping("/referrals")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Questions waiting for an answer from the caller's department", description = "By reply "
            + "deadline.")
    PagedResult<ReferralView> openReferrals(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PagedResult.of(tasks.openForMyDepartment(PageQuery.of(page, size, null)));
    }

    /** What was promised to the customer and by when. */
    record NewPromise(String description, Instant dueAt) {
    }

    /** The question and the department it goes to. */
    record NewReferral(String question, Long departmentId) {
    }

    /** The department's answer, with the referral's version the client saw. */
    record ReferralAnswer(String answer, Long version) {
    }
}
