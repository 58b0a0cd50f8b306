package csms.script;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A script as a supervisor writes it: title, situation, the return-visit branch it follows (or null), and its steps
 * in order; {@code version} is the one they saw when revising (ignored when creating). Blank titles, no steps or
 * bad steps are refused by the facade (422 naming the field).
 */
public record ScriptDefinition(@Size(max = Script.MAX_TITLE) String title, ReplySituation situation,
        ScriptBranch branch, List<ScriptStep> steps, Long version) {

    public ScriptDefinition withVersion(Long v) {
        return new ScriptDefinition(title, situation, branch, steps, v);
    }
}
