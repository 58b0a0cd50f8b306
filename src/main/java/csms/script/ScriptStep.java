package csms.script;

import csms.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One step of a script: what the agent says, how many seconds to wait for the customer afterwards (null: no wait),
 * and how many times it is said (null or 1: once; the silent call's "repeat twice" is a step said 2 times).
 */
@Embeddable
public record ScriptStep(@Column(name = "body", nullable = false) String text,
        @Column(name = "wait_seconds") Integer waitSeconds, @Column(name = "times") Integer times) {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_WAIT = 600;
    public static final int MAX_TIMES = 10;

    /** A step as a supervisor writes it; refuses a blank or too long text, a negative or long wait, bad times (422). */
    public static ScriptStep of(String text, Integer waitSeconds, Integer times) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.onField("steps", "script.step.text-required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw RuleViolation.onField("steps", "script.template.too-long", MAX_TEXT);
        }
        if (waitSeconds != null && (waitSeconds < 0 || waitSeconds > MAX_WAIT)) {
            throw RuleViolation.onField("steps", "script.step.wait-range", MAX_WAIT);
        }
        if (times != null && (times < 1 || times > MAX_TIMES)) {
            throw RuleViolation.onField("steps", "script.step.times-range", MAX_TIMES);
        }
        return new ScriptStep(text.strip(), waitSeconds == null || waitSeconds == 0 ? null : waitSeconds,
                times == null || times == 1 ? null : times);
    }

    /** How many times the step is said (at least once). */
    public int timesSaid() {
        return times == null ? 1 : times;
    }

    /** Seconds to wait after saying it (0 for none). */
    public int waitAfter() {
        return waitSeconds == null ? 0 : waitSeconds;
    }
}
