package csms.system;

import csms.shared.RuleKey;
import java.time.Instant;

/** A rule with its current value and who last changed it; version 0 and no author mean "default". */
public record RuleValue(RuleKey rule, int value, String updatedBy, Instant updatedAt, long version) {

    public boolean isDefault() {
        return updatedBy == null;
    }
}
