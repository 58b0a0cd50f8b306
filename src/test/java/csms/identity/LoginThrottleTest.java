package csms.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Duration LOCK = Duration.ofMinutes(15);
    private final Instant t0 = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void locksAfterTheMaximumNumberOfFailures() {
        LoginThrottle t = new LoginThrottle("li.lei", t0);
        for (int i = 0; i < 4; i++) {
            t.fail(t0.plusSeconds(i), 5, LOCK);
        }
        assertThat(t.isLockedAt(t0.plusSeconds(5))).isFalse();
        t.fail(t0.plusSeconds(5), 5, LOCK);
        assertThat(t.isLockedAt(t0.plusSeconds(6))).isTrue();
        assertThat(t.isLockedAt(t0.plusSeconds(5).plus(LOCK).plusSeconds(1))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        LoginThrottle t = new LoginThrottle("li.lei", t0);
        for (int i = 0; i < 8; i++) {
            t.fail(t0.plus(Duration.ofMinutes(16L * i)), 5, LOCK);
        }
        assertThat(t.isLockedAt(t0.plus(Duration.ofMinutes(16L * 7)).plusSeconds(1))).isFalse();
    }
}
