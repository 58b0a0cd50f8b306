package csms.pay;

import csms.shared.Money;

/** A group on the targets page: its target for the month (null when none is set yet), late or not. */
public record TargetLine(long departmentId, String departmentName, Money amount, boolean late, Long version) {

    public boolean missing() {
        return amount == null;
    }
}
