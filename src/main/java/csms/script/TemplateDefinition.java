package csms.script;

import jakarta.validation.constraints.Size;

/**
 * A reply template as a supervisor writes it; {@code version} is the one they saw when revising (ignored when
 * creating). A blank title or text, or a missing situation, is refused by the facade (422 naming the field).
 */
public record TemplateDefinition(@Size(max = ReplyTemplate.MAX_TITLE) String title, ReplySituation situation,
        @Size(max = ReplyTemplate.MAX_TEXT) String text, Long version) {

    public TemplateDefinition withVersion(Long v) {
        return new TemplateDefinition(title, situation, text, v);
    }
}
