package csms.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a login name after repeated failures, whether or not such a user exists, so the answer never tells
 * an attacker which names are real. Kept in the database so every node sees the same count.
 */
@Service
public class LoginThrottling {

    private final LoginThrottleRepository throttles;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottling(LoginThrottleRepository throttles, Clock clock,
            @Value("${csms.login.max-failures:5}") int maxFailures,
            @Value("${csms.login.lock-minutes:15}") int lockMinutes) {
        this.throttles = throttles;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String loginName) {
        Instant now = Instant.now(clock);
        return throttles.findById(key(loginName)).map(t -> t.isLockedAt(now)).orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String loginName) {
        Instant now = Instant.now(clock);
        String key = key(loginName);
        LoginThrottle t = throttles.findById(key).orElseGet(() -> new LoginThrottle(key, now));
        t.fail(now, maxFailures, lock);
        throttles.save(t);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String loginName) {
        throttles.deleteById(key(loginName));
    }

    private static String key(String loginName) {
        String k = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }
}
