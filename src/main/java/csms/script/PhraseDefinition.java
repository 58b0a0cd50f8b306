package csms.script;

import jakarta.validation.constraints.Size;

/**
 * A phrase of the reply standard as a supervisor enters it; {@code suggestion} (forbidden phrases only) is what to
 * say instead; {@code version} is the one they saw when revising (ignored when adding). A blank phrase or a
 * missing category is refused by the facade (422 naming the field).
 */
public record PhraseDefinition(@Size(max = ReplyPhrase.MAX_PHRASE) String phrase, PhraseCategory category,
        @Size(max = ReplyPhrase.MAX_SUGGESTION) String suggestion, Long version) {

    public PhraseDefinition withVersion(Long v) {
        return new PhraseDefinition(phrase, category, suggestion, v);
    }
}
