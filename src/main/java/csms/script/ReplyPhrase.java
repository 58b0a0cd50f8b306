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

/** A phrase of the reply standard (SCR-13): forbidden in a reply, or courtesy a reply must use. */
@Entity
@Table(name = "reply_phrase")
public class ReplyPhrase {

    static final int MAX_PHRASE = 50;
    static final int MAX_SUGGESTION = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String phrase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PhraseCategory category;

    private String suggestion;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ReplyPhrase() {
    }

    ReplyPhrase(String phrase, PhraseCategory category, String suggestion, String by, Instant at) {
        revise(phrase, category, suggestion, by, at);
    }

    /** Changes the wording, category or suggestion; refuses a blank phrase or a missing category (422). */
    void revise(String phrase, PhraseCategory category, String suggestion, String by, Instant at) {
        if (phrase == null || phrase.isBlank()) {
            throw RuleViolation.onField("phrase", "script.phrase.required");
        }
        if (phrase.strip().length() > MAX_PHRASE) {
            throw RuleViolation.onField("phrase", "script.phrase.too-long", MAX_PHRASE);
        }
        if (category == null) {
            throw RuleViolation.onField("category", "script.phrase.category-required");
        }
        if (suggestion != null && suggestion.strip().length() > MAX_SUGGESTION) {
            throw RuleViolation.onField("suggestion", "script.phrase.too-long", MAX_SUGGESTION);
        }
        this.phrase = phrase.strip();
        this.category = category;
        this.suggestion = suggestion == null || suggestion.isBlank() || !category.isForbidden() ? null
                : suggestion.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    ReplyStandard.Phrase asStandardPhrase() {
        return new ReplyStandard.Phrase(phrase, category, suggestion);
    }

    public Long getId() {
        return id;
    }

    public String getPhrase() {
        return phrase;
    }

    public PhraseCategory getCategory() {
        return category;
    }

    public String getSuggestion() {
        return suggestion;
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
