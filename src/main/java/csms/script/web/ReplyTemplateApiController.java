package csms.script.web;

import csms.identity.SignedInUser;
import csms.script.Placeholders;
import csms.script.ReplySituation;
import csms.script.ReplyTemplate;
import csms.script.ReplyTemplates;
import csms.script.TemplateDefinition;
import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
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

/** Reply templates over REST (SCR-1, SCR-3): agents read and render, supervisors write. */
@RestController
@RequestMapping("/api/v1/reply-templates")
@Tag(name = "Reply templates", description = "Canned replies 话术 with placeholders")
class ReplyTemplateApiController {

    private final ReplyTemplates templates;

    ReplyTemplateApiController(ReplyTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Templates, paginated", description = "Filter by text (q) and situation; sort by title, "
            + "situation or updatedAt.")
    PagedResult<ReplyTemplate> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) ReplySituation situation, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return PagedResult.of(templates.search(q, situation, PageQuery.of(page, size, sort)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<ReplyTemplate> get(@PathVariable long id) {
        ReplyTemplate t = templates.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(t.getVersion())).body(t);
    }

    @GetMapping("/{id}/rendered")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The text with the placeholders filled", description = "Agent number of the caller, the "
            + "organisation's name and centre; customer title and surname as given.")
    Map<String, String> rendered(@PathVariable long id, @RequestParam(required = false) String customerTitle,
            @RequestParam(required = false) String customerSurname) {
        SignedInUser agent = SignedInUser.current();
        return Map.of("text", templates.render(id, Placeholders.forCustomer(customerTitle, customerSurname,
                agent == null ? null : agent.agentNumber())));
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Write a template")
    ResponseEntity<ReplyTemplate> create(@Valid @RequestBody TemplateDefinition definition) {
        ReplyTemplate t = templates.create(definition);
        return ResponseEntity.created(URI.create("/api/v1/reply-templates/" + t.getId()))
                .eTag(ExpectedVersion.etag(t.getVersion())).body(t);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Rewrite a template", description = "Version in the body or If-Match; stale answers 409.")
    ResponseEntity<ReplyTemplate> revise(@PathVariable long id, @Valid @RequestBody TemplateDefinition definition,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ReplyTemplate t = templates.revise(id, definition.withVersion(ExpectedVersion.resolve(ifMatch,
                definition.version())));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(t.getVersion())).body(t);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Delete a template", description = "Version in If-Match or ?version=; stale answers 409.")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        templates.delete(id, ExpectedVersion.required(ifMatch, version));
        return ResponseEntity.noContent().build();
    }
}
