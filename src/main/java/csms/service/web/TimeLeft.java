package csms.service.web;

import java.time.Duration;

/** Business time left until a deadline, or by how much it is overdue, in whole hours and minutes for the page. */
public record TimeLeft(long hours, int minutes, boolean overdue) {

    static TimeLeft of(Duration left) {
        if (left == null) {
            return null;
        }
        Duration abs = left.abs();
        return new TimeLeft(abs.toHours(), abs.toMinutesPart(), left.isNegative());
    }
}
