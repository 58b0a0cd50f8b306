package csms.script.web;

import csms.script.RenderedScript;
import csms.script.ReplySituation;
import csms.script.Script;
import csms.script.ScriptDefinition;
import csms.script.ScriptRevision;
import csms.script.ScriptValues;
import csms.script.Scripts;
import csms.identity.SignedInUser;
import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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

/** The script library over REST (SCR-1…3): agents read scripts rendered for a customer, supervisors write them. */
@RestController
@RequestMapping("/api/v1/scripts")
@Tag(name = "Scripts", description = "Scripts 话术 with steps, timings, placeholders and revisions")
class ScriptApiController {

    private final Scripts scripts;

    ScriptApiController(Scripts scripts) {
        this.scripts = scripts;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Scripts, paginated", description = "Filter by title (q) and situation; sort by title, "
            + "situation or updatedAt. Steps as written, placeholders unfilled.")
    PagedResult<Script> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) ReplySituation situation, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return PagedResult.of(scripts.search(q, situation, PageQuery.of(page, size, sort)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "A script rendered for a customer", description = "Placeholders filled: the caller's agent "
            + "number, the organisation and centre, today's date unless given; without a customer title the neutral "
            + "form of address. ETag: the script's version.")
    ResponseEntity<RenderedScript> get(@PathVariable long id, @RequestParam(required = false) String customerTitle,
            @RequestParam(required = false) String customerSurname, @RequestParam(required = false) String service,
            @RequestParam(required = false) String date, @RequestParam(required = false) String wish) {
        SignedInUser agent = SignedInUser.current();
        ScriptValues values = ScriptValues.forCustomer(customerTitle, customerSurname,
                agent == null ? null : agent.agentNumber(), service, date, wish);
        long version = scripts.get(id).getVersion();
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(version)).body(scripts.render(id, values));
    }

    @GetMapping("/{id}/revisions")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Every revision of a script, newest first")
    List<ScriptRevision> revisions(@PathVariable long id) {
        return scripts.revisions(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Write a script")
    ResponseEntity<Script> create(@Valid @RequestBody ScriptDefinition definition) {
        Script s = scripts.create(definition);
        return ResponseEntity.created(URI.create("/api/v1/scripts/" + s.getId()))
                .eTag(ExpectedVersion.etag(s.getVersion())).body(s);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Revise a script (a new revision)", description = "Version in the body or If-Match; stale "
            + "answers 409.")
    ResponseEntity<Script> revise(@PathVariable long id, @Valid @RequestBody ScriptDefinition definition,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Script s = scripts.revise(id, definition.withVersion(ExpectedVersion.resolve(ifMatch, definition.version())));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(s.getVersion())).body(s);
    }
}
