package csms.browser;

import csms.testing.PostgresServer;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests only when Chromium is installed; skips them with a visible reason otherwise, except under
 * CI=true, where a missing browser fails the build.
 */
public class RequiresChromium implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.installed()) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Chromium.executable());
        }
        if (PostgresServer.required()) {
            throw new IllegalStateException("CI=true but no Chromium at " + Chromium.executable()
                    + " (install Debian's chromium or set CSMS_CHROMIUM)");
        }
        String reason = "SKIPPED: no Chromium at " + Chromium.executable() + " (set CSMS_CHROMIUM)";
        System.err.println(reason + " — " + context.getDisplayName());
        return ConditionEvaluationResult.disabled(reason);
    }
}
