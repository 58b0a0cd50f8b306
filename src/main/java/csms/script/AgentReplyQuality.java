package csms.script;

import java.util.Map;

/**
 * One agent's line of the reply-quality report (SCR-13): replies sent to customers and checked in the period, how
 * many of them had findings, and the findings per category.
 */
public record AgentReplyQuality(long agentId, String agentName, String agentNumber, long replies, long flagged,
        Map<PhraseCategory, Long> findings) {

    public AgentReplyQuality {
        findings = Map.copyOf(findings);
    }

    /** Findings of a category (0 if none). */
    public long findingsOf(PhraseCategory category) {
        return findings.getOrDefault(category, 0L);
    }

    /** Findings of all categories. */
    public long totalFindings() {
        return findings.values().stream().mapToLong(Long::longValue).sum();
    }
}
