package csms.script;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.script.internal.ReplyTemplateRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.Organisation;
import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reply templates 话术 (SCR-1, SCR-3): supervisors and above write, revise and delete them (version-checked,
 * audited); agents search them and use them with the placeholders filled.
 */
@Service
public class ReplyTemplates {

    public static final String SUBJECT = "ReplyTemplate";
    private static final Map<String, String> SORTS = Map.of("title", "title", "situation", "situation",
            "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("title", "id");

    private final ReplyTemplateRepository templates;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;

    ReplyTemplates(ReplyTemplateRepository templates, OrganisationSettings organisation, AuditTrail audit,
            Clock clock) {
        this.templates = templates;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of templates whose title or text contains {@code q}, for one situation or all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Page<ReplyTemplate> search(String q, ReplySituation situation, PageQuery page) {
        var situations = situation == null ? EnumSet.allOf(ReplySituation.class) : EnumSet.of(situation);
        return templates.search(LikePattern.contains(q), situations, page.toPageable(SORTS, DEFAULT_SORT));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public ReplyTemplate get(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /**
     * The template's text with the placeholders filled; the organisation's name and service centre are used where
     * the caller leaves them null, and a placeholder without a value stays as written.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public String render(long id, Placeholders values) {
        var org = organisation.current();
        Placeholders complete = values.withOrganisation(org.map(Organisation::getName).orElse(null),
                org.map(Organisation::getServiceCentreName).orElse(null));
        return complete.fill(get(id).getText());
    }

    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ReplyTemplate create(TemplateDefinition d) {
        ReplyTemplate t = templates.saveAndFlush(new ReplyTemplate(d, Editor.name(), Instant.now(clock)));
        audit.record("reply-template.created", SUBJECT, t.getId(), t.getTitle(), changes(null, Wording.of(t)));
        return t;
    }

    /** Rewrites a template against the version the user saw (stale → 409, no version → 422). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ReplyTemplate revise(long id, TemplateDefinition d) {
        ReplyTemplate t = get(id);
        if (d.version() == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(d.version(), t.getVersion(), SUBJECT, id);
        Wording before = Wording.of(t);
        t.revise(d, Editor.name(), Instant.now(clock));
        Changes changes = changes(before, Wording.of(t));
        if (!changes.isEmpty()) {
            templates.saveAndFlush(t);
            audit.record("reply-template.revised", SUBJECT, id, t.getTitle(), changes);
        }
        return t;
    }

    /** Deletes a template against the version the user saw (stale → 409). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void delete(long id, long version) {
        ReplyTemplate t = get(id);
        ConflictException.requireVersion(version, t.getVersion(), SUBJECT, id);
        templates.delete(t);
        templates.flush();
        audit.record("reply-template.deleted", SUBJECT, id, t.getTitle(), changes(Wording.of(t), null));
    }

    private record Wording(String title, ReplySituation situation, String text) {
        static Wording of(ReplyTemplate t) {
            return new Wording(t.getTitle(), t.getSituation(), t.getText());
        }
    }

    private static Changes changes(Wording before, Wording after) {
        return Changes.none()
                .field("title", before == null ? null : before.title(), after == null ? null : after.title())
                .field("situation", before == null ? null : before.situation(),
                        after == null ? null : after.situation())
                .field("text", before == null ? null : before.text(), after == null ? null : after.text());
    }
}
