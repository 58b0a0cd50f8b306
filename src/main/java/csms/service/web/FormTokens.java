package csms.service.web;

import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.system.web.IdempotencyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens: a form carries a random token; the first POST with it claims the token in the database and
 * records where it led, so a second POST of the same form (a double click, a resend after a timeout) is sent to what
 * the first one created instead of creating it again. Claims are idempotency records, so any node answers a repeat.
 */
@Component
class FormTokens {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String KEY_PREFIX = "form:";
    private static final long WAIT_MILLIS = 5_000;
    private static final long POLL_MILLIS = 100;

    private final IdempotencyStore store;

    FormTokens(IdempotencyStore store) {
        this.store = store;
    }

    /** A new token for a form being shown. */
    String issue() {
        return UUID.randomUUID().toString();
    }

    static boolean isWellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /**
     * Claims the token for this submission: empty when the caller now owns it (and must report {@link #done} or
     * {@link #failed}), else where the earlier submission of the same form led. A repeat that arrives while the first
     * is still running waits a few seconds for it; if it is still running then, 409.
     */
    Optional<String> earlierOutcome(String token, String path) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            Optional<IdempotencyStore.Stored> earlier = store.claim(principal(), KEY_PREFIX + token, path, "form");
            if (earlier.isEmpty()) {
                return Optional.empty();
            }
            if (earlier.get().status() != null) {
                return Optional.of(earlier.get().location() != null ? earlier.get().location() : path);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new ConflictException("servicedesk.form.busy");
            }
            pause();
        }
    }

    /** The claimed submission succeeded and led to {@code location}. */
    void done(String token, String location) {
        store.complete(principal(), KEY_PREFIX + token, 303, null, location, "");
    }

    /** The claimed submission was refused (bad input): the same form may be sent again once corrected. */
    void failed(String token) {
        store.release(principal(), KEY_PREFIX + token);
    }

    private static String principal() {
        return SignedInUser.current().getUsername();
    }

    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(POLL_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("servicedesk.form.busy");
        }
    }
}
