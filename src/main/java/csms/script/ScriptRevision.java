package csms.script;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A kept revision of a script (SCR-3): what it said from its edit on, and who edited it when. Never changed. */
@Entity
@Table(name = "script_revision")
public class ScriptRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "script_id", nullable = false, updatable = false)
    private Long scriptId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, updatable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReplySituation situation;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ScriptBranch branch;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "script_revision_step", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "step_no")
    private List<ScriptStep> steps = new ArrayList<>();

    @Column(name = "edited_by", updatable = false)
    private String editedBy;

    @Column(name = "edited_at", updatable = false)
    private Instant editedAt;

    protected ScriptRevision() {
    }

    /** The script as it now stands, kept as its current revision. */
    static ScriptRevision of(Script s) {
        ScriptRevision r = new ScriptRevision();
        r.scriptId = s.getId();
        r.revision = s.getRevision();
        r.title = s.getTitle();
        r.situation = s.getSituation();
        r.branch = s.getBranch();
        r.steps.addAll(s.getSteps());
        r.editedBy = s.getUpdatedBy();
        r.editedAt = s.getUpdatedAt();
        return r;
    }

    public Long getId() {
        return id;
    }

    public Long getScriptId() {
        return scriptId;
    }

    public int getRevision() {
        return revision;
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

    public List<ScriptStep> getSteps() {
        return List.copyOf(steps);
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
