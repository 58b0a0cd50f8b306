package csms.script;

import java.util.List;

/** The outcome of checking a written reply: its findings, forbidden phrases in text order first. */
public record ReplyCheck(List<ReplyFinding> findings) {

    public ReplyCheck {
        findings = List.copyOf(findings);
    }

    public boolean isClean() {
        return findings.isEmpty();
    }
}
