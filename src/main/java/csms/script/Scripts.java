package csms.script;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.script.internal.ScriptRepository;
import csms.script.internal.ScriptRevisionRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.Organisation;
import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The script library 话术 (SCR-1…3): agents find scripts and use them with the placeholders filled; supervisors and
 * above write them, and every edit is a new, kept revision (version-checked, audited).
 */
@Service
public class Scripts {

    public static final String SUBJECT = "Script";
    private static final Map<String, String> SORTS = Map.of("title", "title", "situation", "situation",
            "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("situation", "branch", "title", "id");
    /** The script without a branch first, then satisfied, average, unsatisfied (the enum's order, not its names'). */
    private static final Comparator<Script> BY_BRANCH = Comparator.comparing(Script::getBranch,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ScriptRepository scripts;
    private final ScriptRevisionRepository revisions;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;

    Scripts(ScriptRepository scripts, ScriptRevisionRepository revisions, OrganisationSettings organisation,
            AuditTrail audit, Clock clock) {
        this.scripts = scripts;
        this.revisions = revisions;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of scripts whose title contains {@code q}, for one situation or all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Page<Script> search(String q, ReplySituation situation, PageQuery page) {
        var situations = situation == null ? EnumSet.allOf(ReplySituation.class) : EnumSet.of(situation);
        return scripts.search(LikePattern.contains(q), situations, page.toPageable(SORTS, DEFAULT_SORT));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Script get(long id) {
        return scripts.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** Every revision of a script, newest first (the current one included). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<ScriptRevision> revisions(long id) {
        get(id);
        return revisions.findByScriptIdOrderByRevisionDesc(id);
    }

    /** The script, placeholders filled: organisation, centre and today's date where the caller gives none. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public RenderedScript render(long id, ScriptValues values) {
        return render(get(id), complete(values));
    }

    /** The scripts for a situation (a return visit's branches after the script without one), rendered. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<RenderedScript> forSituation(ReplySituation situation, ScriptValues values) {
        ScriptValues complete = complete(values);
        return scripts.forSituation(situation).stream().sorted(BY_BRANCH).map(s -> render(s, complete)).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Script create(ScriptDefinition d) {
        String code = (d.situation() == null ? "SCRIPT" : d.situation().name()) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Script s = scripts.saveAndFlush(new Script(code, d, Editor.name(), Instant.now(clock)));
        revisions.save(ScriptRevision.of(s));
        audit.record("script.created", SUBJECT, s.getId(), s.getTitle(), changes(null, s));
        return s;
    }

    /**
     * Rewrites a script against the version the user saw (stale → 409, no version → 422) as its next revision; the
     * previous one stays in the history. A definition that says what the script says changes nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Script revise(long id, ScriptDefinition d) {
        Script s = get(id);
        if (d.version() == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(d.version(), s.getVersion(), SUBJECT, id);
        if (s.says(d)) {
            return s;
        }
        Snapshot before = Snapshot.of(s);
        s.revise(d, Editor.name(), Instant.now(clock));
        scripts.saveAndFlush(s);
        revisions.save(ScriptRevision.of(s));
        audit.record("script.revised", SUBJECT, id, s.getTitle(), changes(before, s));
        return s;
    }

    private ScriptValues complete(ScriptValues values) {
        var org = organisation.current();
        ScriptValues given = values == null ? ScriptValues.forCustomer(null, null, null, null, null, null) : values;
        return given.withDefaults(org.map(Organisation::getName).orElse(null),
                org.map(Organisation::getServiceCentreName).orElse(null),
                LocalDate.now(clock.withZone(organisation.zone())).toString());
    }

    private static RenderedScript render(Script s, ScriptValues values) {
        List<ScriptStep> steps = s.getSteps().stream()
                .map(step -> new ScriptStep(values.fill(step.text()), step.waitSeconds(), step.times())).toList();
        return new RenderedScript(s.getId(), s.getCode(), s.getTitle(), s.getSituation(), s.getBranch(),
                s.getRevision(), steps, ScriptBeat.sequence(steps));
    }

    private record Snapshot(String title, ReplySituation situation, ScriptBranch branch, String steps) {
        static Snapshot of(Script s) {
            return new Snapshot(s.getTitle(), s.getSituation(), s.getBranch(), describe(s.getSteps()));
        }
    }

    private static String describe(List<ScriptStep> steps) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            ScriptStep st = steps.get(i);
            b.append(i + 1).append(". ").append(st.text());
            if (st.waitAfter() > 0 || st.timesSaid() > 1) {
                b.append(" [").append(st.timesSaid()).append("x, ").append(st.waitAfter()).append("s]");
            }
            b.append('\n');
        }
        return b.toString().strip();
    }

    private static Changes changes(Snapshot before, Script after) {
        Snapshot now = Snapshot.of(after);
        return Changes.none()
                .field("title", before == null ? null : before.title(), now.title())
                .field("situation", before == null ? null : before.situation(), now.situation())
                .field("branch", before == null ? null : before.branch(), now.branch())
                .field("steps", before == null ? null : before.steps(), now.steps())
                .field("revision", before == null ? null : after.getRevision() - 1, after.getRevision());
    }
}
