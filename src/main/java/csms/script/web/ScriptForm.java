package csms.script.web;

import csms.script.ReplySituation;
import csms.script.ScriptBranch;
import csms.script.ScriptDefinition;
import csms.script.ScriptStep;
import csms.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * The script editor's form: the steps as parallel rows of text, wait seconds and times said. A row with no text is
 * left out (the page always offers empty rows for new steps); a row with numbers but no text is refused.
 */
public record ScriptForm(String title, ReplySituation situation, ScriptBranch branch, List<String> stepText,
        List<String> stepWait, List<String> stepTimes, Long version) {

    /** Empty rows offered below the steps for adding new ones (also keeps one-step forms binding as a list). */
    static final int NEW_ROWS = 2;

    static ScriptForm of(csms.script.Script s) {
        List<String> text = new ArrayList<>();
        List<String> wait = new ArrayList<>();
        List<String> times = new ArrayList<>();
        for (ScriptStep step : s.getSteps()) {
            text.add(step.text());
            wait.add(step.waitSeconds() == null ? "" : step.waitSeconds().toString());
            times.add(step.times() == null ? "" : step.times().toString());
        }
        return new ScriptForm(s.getTitle(), s.getSituation(), s.getBranch(), text, wait, times, s.getVersion());
    }

    static ScriptForm empty() {
        return new ScriptForm("", null, null, List.of(), List.of(), List.of(), null);
    }

    /** The rows shown: the steps and {@link #NEW_ROWS} empty ones. */
    public List<Integer> rows() {
        int n = stepText == null ? 0 : stepText.size();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n + NEW_ROWS; i++) {
            rows.add(i);
        }
        return rows;
    }

    public String text(int i) {
        return at(stepText, i);
    }

    public String waitAt(int i) {
        return at(stepWait, i);
    }

    public String timesAt(int i) {
        return at(stepTimes, i);
    }

    ScriptDefinition toDefinition() {
        List<ScriptStep> steps = new ArrayList<>();
        int n = stepText == null ? 0 : stepText.size();
        for (int i = 0; i < n; i++) {
            String text = at(stepText, i);
            Integer wait = number(at(stepWait, i));
            Integer times = number(at(stepTimes, i));
            if (text.isBlank()) {
                if (wait != null || times != null) {
                    throw RuleViolation.onField("steps", "script.step.text-required");
                }
                continue;
            }
            steps.add(ScriptStep.of(text, wait, times));
        }
        return new ScriptDefinition(title, situation, branch, steps, version);
    }

    private static Integer number(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.onField("steps", "script.step.number");
        }
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
