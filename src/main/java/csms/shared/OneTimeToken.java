package csms.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a one-time link sent to a customer (a complaint's confirmation, a visit's questionnaire): 192
 * random bits, URL-safe; only its SHA-256 hash is stored, so a leaked database opens no link. Whether the link is
 * still usable (not used, not expired, not replaced) is the owner's rule; {@link #usable} is the common part.
 */
public record OneTimeToken(String value, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    /** A fresh token and its hash. */
    public static OneTimeToken generate() {
        byte[] raw = new byte[BYTES];
        RANDOM.nextBytes(raw);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return new OneTimeToken(value, hash(value));
    }

    /** The hash to look a presented token up by; empty when the text cannot be a token (null, too long, other characters). */
    public static Optional<String> hashOf(String presented) {
        return presented != null && SHAPE.matcher(presented).matches() ? Optional.of(hash(presented))
                : Optional.empty();
    }

    /** A link is usable until it expires and while it has not been used. */
    public static boolean usable(Instant expiresAt, Instant usedAt, Instant now) {
        return usedAt == null && expiresAt != null && expiresAt.isAfter(now);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "OneTimeToken[hash=" + hash + "]";
    }
}
