package csms.visit.web;

import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import csms.service.Satisfaction;
import csms.visit.AnswerType;
import csms.visit.ReturnVisits;
import csms.visit.VisitCoverage;
import csms.visit.VisitDetails;
import csms.visit.VisitRecord;
import csms.visit.VisitOutcome;
import csms.visit.VisitView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
 * Return visits over REST (VIS-1, VIS-3, VIS-8): the same facade, access rules and audit as the pages. A visit the
 * caller may not see answers 404; recording needs the version (If-Match or body) and an ended visit answers 409.
 */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Return visits", description = "Return visits 回访 after services and complaints: lists by planned "
        + "time, the visit with its questionnaire, recording the call, the coverage of the three-day rule")
class VisitApiController {

    /** A question of the visit's questionnaire, in order. */
    record QuestionJson(int position, String text, AnswerType answerType) {
    }

    /** An answer as recorded, with the wording of the question on the day. */
    record AnswerJson(String question, Integer score, String text) {
    }

    /** What the caller records; {@code customerAsked} may be left out (false). */
    record RecordBody(VisitOutcome outcome, Satisfaction satisfaction, List<String> answers, String note,
            LocalDateTime callBackAt, Boolean customerAsked, Long version) {
    }

    /** The visit with its questionnaire and answers. */
    record VisitDetailsJson(VisitJson visit, List<QuestionJson> questions, List<AnswerJson> answers) {
    }

    private final ReturnVisits visits;
    private final VisitCoverage coverage;

    VisitApiController(ReturnVisits visits, VisitCoverage coverage) {
        this.visits = visits;
        this.coverage = coverage;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "A list of visits", description = "The caller's visits; a supervisor's team's, a manager's "
            + "all. Sort: planned (default), due, customer (prefix - for descending); size at most 100.")
    PagedResult<VisitJson> list(@Parameter(description = "OPEN (default), DUE_TODAY, OVERDUE, CALLABLE_NOW or ENDED")
            @RequestParam(required = false) VisitView view,
            @Parameter(description = "only the visits of this source request") @RequestParam(required = false) Long requestId,
            @Parameter(description = "only the caller's own visits") @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return PagedResult.of(visits.list(view, requestId, mine, PageQuery.of(page, size, sort)).map(VisitJson::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "A visit with its questionnaire and answers", description = "ETag carries the version.")
    ResponseEntity<VisitDetailsJson> get(@PathVariable long id) {
        VisitDetailsJson d = details(visits.view(id));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(d.visit().version())).body(d);
    }

    @PostMapping("/{id}/record")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Record the call", description = "outcome REACHED (with satisfaction and the answers in the "
            + "questionnaire's order: a score 1–5 or a text), NOT_REACHED, CALL_BACK (callBackAt, organisation's "
            + "clock; customerAsked when the customer wants a time in quiet hours) or REFUSED. An average or "
            + "unsatisfied answer opens a request or reopens the complaint (VIS-8). Needs the version (If-Match or "
            + "body): stale or ended → 409; bad input → 422.")
    ResponseEntity<VisitDetailsJson> record(@PathVariable long id, @RequestBody RecordBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        VisitRecord r = new VisitRecord(body.outcome(), body.satisfaction(), body.answers(), body.note(),
                body.callBackAt(), Boolean.TRUE.equals(body.customerAsked()),
                ExpectedVersion.required(ifMatch, body.version()));
        visits.record(id, r);
        return get(id);
    }

    @GetMapping("/coverage")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Coverage of the three-day rule (VIS-1)", description = "Member services completed in the "
            + "days from … to (inclusive): visited in time, late, not yet; overdue visits per agent. A supervisor "
            + "counts the own team only; reversed or over a year → 422.")
    VisitCoverage.Report coverage(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Long agentId) {
        return coverage.of(from, to, departmentId, agentId);
    }

    private static VisitDetailsJson details(VisitDetails d) {
        return new VisitDetailsJson(VisitJson.of(d.visit(), d.agentName(), d.callableNow(), d.overdue()),
                d.questions().stream().map(q -> new QuestionJson(q.getPosition(), q.getText(), q.getAnswerType()))
                        .toList(),
                d.answers().stream().map(a -> new AnswerJson(a.getQuestion(), a.getScore(), a.getText())).toList());
    }
}
