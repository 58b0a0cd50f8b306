package csms.script;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing the agent says in the order a script is spoken (SCR-2): step {@code step} (from 0), said for the
 * {@code round}-th time of {@code of}, then {@code waitSeconds} of waiting for the customer (0 for none).
 */
public record ScriptBeat(int step, int round, int of, String text, int waitSeconds) {

    /** The steps unrolled: a step said n times becomes n beats, each followed by the step's wait. */
    public static List<ScriptBeat> sequence(List<ScriptStep> steps) {
        List<ScriptBeat> beats = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ScriptStep s = steps.get(i);
            for (int round = 1; round <= s.timesSaid(); round++) {
                beats.add(new ScriptBeat(i, round, s.timesSaid(), s.text(), s.waitAfter()));
            }
        }
        return List.copyOf(beats);
    }

    /** True for the repetitions of a step said more than once (not its first time). */
    public boolean isRepeat() {
        return round > 1;
    }
}
