package csms.script.web;

import csms.script.FindingKind;
import csms.script.PhraseCategory;
import csms.script.PhraseDefinition;
import csms.script.ReplyFinding;
import csms.script.ReplyPhrase;
import csms.script.ReplyQuality;
import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The written-reply check and its word lists over REST (SCR-13): agents check and read, supervisors edit. */
@RestController
@RequestMapping("/api/v1/reply-quality")
@Tag(name = "Reply quality", description = "Written-reply check against 三要、三不 and its word lists")
class ReplyQualityApiController {

    /** A reply to check; {@code closing} (default false) when it ends the conversation. */
    record CheckRequest(@Size(max = ReplyCheckLimits.MAX_TEXT) String text, Boolean closing) {

        boolean isClosing() {
            return Boolean.TRUE.equals(closing);
        }
    }

    /** A finding with its message in the caller's language. */
    record FindingView(FindingKind kind, PhraseCategory category, String phrase, Integer offset, Integer length,
            String messageKey, String message, String suggestion) {
    }

    record CheckResult(boolean clean, List<FindingView> findings) {
    }

    private final ReplyQuality quality;
    private final MessageSource messages;

    ReplyQualityApiController(ReplyQuality quality, MessageSource messages) {
        this.quality = quality;
        this.messages = messages;
    }

    @PostMapping("/check")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Check a written reply", description = "Findings: forbidden phrases with their offset, "
            + "missing courtesy (请, 您), a closing that does not end with 再见.")
    CheckResult check(@Valid @RequestBody CheckRequest request) {
        List<FindingView> findings = quality.check(request.text(), request.isClosing()).findings().stream()
                .map(this::view).toList();
        return new CheckResult(findings.isEmpty(), findings);
    }

    @GetMapping("/phrases")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The word lists, paginated", description = "Filter by text (q) and category; sort by "
            + "phrase, category or updatedAt.")
    PagedResult<ReplyPhrase> phrases(@RequestParam(required = false) String q,
            @RequestParam(required = false) PhraseCategory category, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return PagedResult.of(quality.phrases(q, category, PageQuery.of(page, size, sort)));
    }

    @GetMapping("/phrases/{id}")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<ReplyPhrase> get(@PathVariable long id) {
        ReplyPhrase p = quality.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(p.getVersion())).body(p);
    }

    @PostMapping("/phrases")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Add a phrase to the lists")
    ResponseEntity<ReplyPhrase> add(@Valid @RequestBody PhraseDefinition definition) {
        ReplyPhrase p = quality.add(definition);
        return ResponseEntity.created(URI.create("/api/v1/reply-quality/phrases/" + p.getId()))
                .eTag(ExpectedVersion.etag(p.getVersion())).body(p);
    }

    @PutMapping("/phrases/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Change a phrase", description = "Version in the body or If-Match; stale answers 409.")
    ResponseEntity<ReplyPhrase> revise(@PathVariable long id, @Valid @RequestBody PhraseDefinition definition,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ReplyPhrase p = quality.revise(id, definition.withVersion(ExpectedVersion.resolve(ifMatch,
                definition.version())));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(p.getVersion())).body(p);
    }

    @DeleteMapping("/phrases/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Remove a phrase", description = "Version in If-Match or ?version=; stale answers 409.")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        quality.remove(id, ExpectedVersion.required(ifMatch, version));
        return ResponseEntity.noContent().build();
    }

    private FindingView view(ReplyFinding f) {
        return new FindingView(f.kind(), f.category(), f.phrase(), f.offset(), f.length(), f.messageKey(),
                messages.getMessage(f.messageKey(), new Object[] { f.phrase() }, LocaleContextHolder.getLocale()),
                f.suggestion());
    }
}
