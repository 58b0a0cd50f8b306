package csms.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins for one login name inside the current window. */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    @Id
    @Column(name = "login_name")
    private String loginName;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(String loginName, Instant now) {
        this.loginName = loginName;
        this.firstFailureAt = now;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the window restarts after the lock period; reaching the limit locks. */
    void fail(Instant now, int maxFailures, Duration lock) {
        if (now.isAfter(firstFailureAt.plus(lock)) && !isLockedAt(now)) {
            failures = 0;
            firstFailureAt = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lock);
        }
    }
}
