package csms.script;

import java.util.List;

/** A script as an agent uses it (SCR-2): placeholders filled, steps in order and unrolled into what is said when. */
public record RenderedScript(long id, String code, String title, ReplySituation situation, ScriptBranch branch,
        int revision, List<ScriptStep> steps, List<ScriptBeat> beats) {

    /** True if a step waits or repeats, so the agent steps through it rather than reading it. */
    public boolean isTimed() {
        return steps.stream().anyMatch(s -> s.waitAfter() > 0 || s.timesSaid() > 1);
    }
}
