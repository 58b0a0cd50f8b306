package csms.service.web;

import csms.service.ComplaintLoop;
import csms.service.ComplaintSteps.Decision;
import csms.service.ComplaintSteps.FollowUp;
import csms.service.ComplaintSteps.Implementation;
import csms.service.ComplaintSteps.Investigation;
import csms.service.ComplaintSteps.Judgement;
import csms.service.ComplaintSteps.Proposal;
import csms.service.ComplaintSteps.Summary;
import csms.service.RequestDetails;
import csms.shared.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complaint closed loop over REST (CMP-2 … CMP-7): one call per step, each on the version the client saw
 * (If-Match, or {@code version} in the body). A step out of order or a stale version answers 409, a step without
 * its required fields 422 naming the field; every answer carries the request and its new ETag.
 */
@RestController
@RequestMapping("/api/v1/requests/{id}/complaint")
@Tag(name = "Complaint loop", description = "Complaint handling 投诉处理闭环: judge, investigate, propose, approve, "
        + "confirm, implement, summarise, follow up")
class ComplaintApiController {

    private static final String STEP = " Needs the version (If-Match or body); stale or out of order → 409, a "
            + "missing field → 422.";

    private final ComplaintLoop loop;
    private final Validator validator;

    ComplaintApiController(ComplaintLoop loop, Validator validator) {
        this.loop = loop;
        this.validator = validator;
    }

    @PostMapping("/judgement")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "CMP-2 judge the complaint", description = "Justified: responsibleDepartmentId and "
            + "investigationPromisedAt; not justified: explanation and customerReaction." + STEP)
    ResponseEntity<RequestDetails> judge(@PathVariable long id, @RequestBody VersionedStep<Judgement> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.judge(id, valid(body.step()), body.required(ifMatch)));
    }

    @PostMapping("/investigation")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "CMP-3 record the investigation", description = "cause, problemKind, responsibleUserId or "
            + "responsibleParty, routedToId." + STEP)
    ResponseEntity<RequestDetails> investigate(@PathVariable long id, @RequestBody VersionedStep<Investigation> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.investigate(id, valid(body.step()), body.required(ifMatch)));
    }

    @PostMapping("/proposals")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "CMP-4 add a proposed solution with its cost", description = "Several departments may "
            + "propose at once, so the version is optional here; when sent, a stale one answers 409.")
    ResponseEntity<RequestDetails> propose(@PathVariable long id, @RequestBody VersionedStep<Proposal> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.propose(id, valid(body.step()), body.optional(ifMatch)));
    }

    @PostMapping("/submission")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "CMP-4 send the proposals to the supervisor for approval", description = STEP)
    ResponseEntity<RequestDetails> submit(@PathVariable long id,
            @RequestBody(required = false) VersionOnly body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.submitForApproval(id, VersionOnly.required(body, ifMatch)));
    }

    @PostMapping("/approval")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "CMP-4 approve one proposal with a comment 批示", description = "Supervisors of the team "
            + "and managers; never the person the complaint is about. Two approvals at once: one wins, the other "
            + "gets 409." + STEP)
    ResponseEntity<RequestDetails> approve(@PathVariable long id, @RequestBody VersionedStep<Decision> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.approve(id, valid(body.step()), body.required(ifMatch)));
    }

    @PostMapping("/rejection")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "CMP-4 send the proposals back with a comment", description = STEP)
    ResponseEntity<RequestDetails> reject(@PathVariable long id, @RequestBody VersionedStep<Decision> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.reject(id, valid(body.step()), body.required(ifMatch)));
    }

    @PostMapping("/signature")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "CMP-5 the customer's signature confirms the approved solution",
            description = "signature: a PNG data URL (data:image/png;base64,…), at most 300 kB. Version optional.")
    ResponseEntity<RequestDetails> sign(@PathVariable long id, @RequestBody Signature body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.confirmBySignature(id, body.signature(),
                ExpectedVersion.resolve(ifMatch, body.version())));
    }

    @PostMapping("/implementation")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "CMP-5 record what was done, compensation, customer notified and feedback, penalties",
            description = "Needs the customer's confirmation first." + STEP)
    ResponseEntity<RequestDetails> implement(@PathVariable long id, @RequestBody VersionedStep<Implementation> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.implement(id, valid(body.step()), body.required(ifMatch)));
    }

    @PostMapping("/summary")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "CMP-6 classify and summarise", description = "category, rootCause, departmentId, "
            + "improvement; the follow-up visit is then due." + STEP)
    ResponseEntity<RequestDetails> summarise(@PathVariable long id, @RequestBody VersionedStep<Summary> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.summarise(id, valid(body.step()), body.required(ifMatch)));
    }

    @PostMapping("/follow-up")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "CMP-7 the follow-up visit's result", description = "Satisfied closes the loop; "
            + "unsatisfied sends the complaint back (VIS-8)." + STEP)
    ResponseEntity<RequestDetails> followUp(@PathVariable long id, @RequestBody VersionedStep<FollowUp> body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.recordFollowUp(id, valid(body.step()), body.required(ifMatch)));
    }

    @PostMapping("/crisis")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Declare a major complaint a crisis event; the managers are told at once (CMP-8)",
            description = "Version optional; when sent, a stale one answers 409.")
    ResponseEntity<RequestDetails> declareCrisis(@PathVariable long id,
            @RequestBody(required = false) VersionOnly body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return Versioned.ok(loop.declareCrisis(id, VersionOnly.optional(body, ifMatch)));
    }

    /**
     * Bean Validation of the step's own fields (lengths), reported with the step's field names (400); the body is
     * not validated as a whole because its fields are unwrapped into the step. Jackson always builds the step.
     */
    private <S> S valid(S step) {
        Set<ConstraintViolation<S>> violations = validator.validate(step);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return step;
    }

    /** The customer's signature as a PNG data URL, with the version the client saw (optional). */
    record Signature(String signature, Long version) {
    }
}
