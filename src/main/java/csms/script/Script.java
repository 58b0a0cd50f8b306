package csms.script;

import csms.shared.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A script 话术 for a situation (SCR-1): ordered steps an agent says. Each edit makes a new revision (SCR-3); the
 * script holds the current one, {@link ScriptRevision} keeps every one.
 */
@Entity
@Table(name = "script")
public class Script {

    static final int MAX_TITLE = 100;
    static final int MAX_STEPS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplySituation situation;

    @Enumerated(EnumType.STRING)
    private ScriptBranch branch;

    @Column(nullable = false)
    private int revision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "script_step", joinColumns = @JoinColumn(name = "script_id"))
    @OrderColumn(name = "step_no")
    private List<ScriptStep> steps = new ArrayList<>();

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Script() {
    }

    Script(String code, ScriptDefinition d, String by, Instant at) {
        this.code = code;
        apply(d, by, at);
        this.revision = 1;
    }

    /** Rewrites the script as its next revision; refuses a blank title, no situation, no or bad steps (422). */
    void revise(ScriptDefinition d, String by, Instant at) {
        apply(d, by, at);
        this.revision++;
    }

    /** True if the definition says what the script already says (no new revision for that). */
    boolean says(ScriptDefinition d) {
        return d.title() != null && d.title().strip().equals(title) && d.situation() == situation
                && d.branch() == branch && validSteps(d.steps()).equals(steps);
    }

    private void apply(ScriptDefinition d, String by, Instant at) {
        if (d.title() == null || d.title().isBlank()) {
            throw RuleViolation.onField("title", "script.template.title-required");
        }
        if (d.title().strip().length() > MAX_TITLE) {
            throw RuleViolation.onField("title", "script.template.too-long", MAX_TITLE);
        }
        if (d.situation() == null) {
            throw RuleViolation.onField("situation", "script.template.situation-required");
        }
        List<ScriptStep> checked = validSteps(d.steps());
        this.title = d.title().strip();
        this.situation = d.situation();
        this.branch = d.branch();
        this.steps.clear();
        this.steps.addAll(checked);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static List<ScriptStep> validSteps(List<ScriptStep> given) {
        List<ScriptStep> list = given == null ? List.of()
                : given.stream().filter(s -> s != null).map(s -> ScriptStep.of(s.text(), s.waitSeconds(), s.times()))
                        .toList();
        if (list.isEmpty()) {
            throw RuleViolation.onField("steps", "script.steps-required");
        }
        if (list.size() > MAX_STEPS) {
            throw RuleViolation.onField("steps", "script.steps-too-many", MAX_STEPS);
        }
        return list;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public ReplySituation getSituation() {
        return situation;
    }

    public ScriptBranch getBranch() {
        return branch;
    }

    public int getRevision() {
        return revision;
    }

    public List<ScriptStep> getSteps() {
        return List.copyOf(steps);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
