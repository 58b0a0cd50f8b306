package csms.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only when the PostgreSQL server is reachable; skips it with a visible reason otherwise, except
 * under CI=true, where an unreachable server fails the build.
 */
public class RequiresPostgres implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresServer.reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresServer.adminUrl());
        }
        if (PostgresServer.required()) {
            throw new IllegalStateException("CI=true but PostgreSQL is not reachable at " + PostgresServer.adminUrl()
                    + " (set CSMS_TEST_PG_URL / CSMS_TEST_PG_USER)");
        }
        String reason = "SKIPPED: PostgreSQL not reachable at " + PostgresServer.adminUrl();
        System.err.println(reason + " — " + context.getDisplayName());
        return ConditionEvaluationResult.disabled(reason);
    }
}
