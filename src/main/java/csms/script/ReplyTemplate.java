package csms.script;

import csms.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A canned reply for a situation (SCR-1), with placeholders filled when an agent uses it (see {@link Placeholders}). */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate {

    static final int MAX_TITLE = 100;
    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplySituation situation;

    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ReplyTemplate() {
    }

    ReplyTemplate(TemplateDefinition d, String by, Instant at) {
        revise(d, by, at);
    }

    /** Rewrites the template; refuses a blank title or text, or a missing situation (422). */
    void revise(TemplateDefinition d, String by, Instant at) {
        require(d.title(), "title", MAX_TITLE);
        require(d.text(), "text", MAX_TEXT);
        if (d.situation() == null) {
            throw RuleViolation.onField("situation", "script.template.situation-required");
        }
        this.title = d.title().strip();
        this.situation = d.situation();
        this.text = d.text().strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static void require(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw RuleViolation.onField(field, "script.template." + field + "-required");
        }
        if (value.strip().length() > max) {
            throw RuleViolation.onField(field, "script.template.too-long", max);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public ReplySituation getSituation() {
        return situation;
    }

    public String getText() {
        return text;
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
