package csms.identity;

import csms.audit.AuditTrail;
import csms.identity.internal.ApiTokenRepository;
import csms.identity.internal.UserAccountRepository;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: issue (shown once), list, revoke, and authenticate a Bearer secret. */
@Service
public class ApiTokens {

    private static final String PREFIX = "csms_";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Set<String> SORTS = Set.of("createdAt", "name", "lastUsedAt", "expiresAt");

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a token for the user; the secret in the result is shown once and only its SHA-256 is kept. */
    @Transactional
    public IssuedToken issue(long userId, String name, Integer validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw RuleViolation.onField("name", "validation.token.name");
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw RuleViolation.onField("validDays", "validation.token.days");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now(clock);
        ApiToken token = tokens.save(new ApiToken(userId, name.strip(), secret.substring(0, 12), hash(secret), now,
                validDays == null ? null : now.plus(Duration.ofDays(validDays))));
        audit.record("token.issued", "ApiToken", token.getId(), name.strip(), null);
        return new IssuedToken(token, secret);
    }

    /** The user's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiToken> ofUser(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** A page of the user's tokens, newest first unless sorted otherwise. */
    @Transactional(readOnly = true)
    public Page<ApiToken> ofUser(long userId, PageQuery page) {
        return tokens.findByUserId(userId, page.toPageable(SORTS, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
    }

    /** One of the user's own tokens; someone else's token is "not found". */
    @Transactional(readOnly = true)
    public ApiToken ofUser(long userId, long tokenId) {
        return tokens.findById(tokenId).filter(t -> t.getUserId() == userId)
                .orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
    }

    /** Revokes a token; only its owner or an administrator may (checked by the caller's {@code isAdmin}). */
    @Transactional
    public void revoke(long tokenId, long byUserId, boolean isAdmin) {
        ApiToken token = tokens.findById(tokenId).filter(t -> isAdmin || t.getUserId() == byUserId)
                .orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
        token.revoke(Instant.now(clock));
        audit.record("token.revoked", "ApiToken", tokenId, token.getName(), null);
    }

    /** The enabled user a Bearer secret belongs to, if the token is valid. */
    @Transactional
    public Optional<SignedInUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(hash(secret)).filter(t -> t.isUsableAt(now)).flatMap(t -> {
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minusSeconds(60))) {
                t.usedAt(now);
            }
            return users.findById(t.getUserId());
        }).filter(UserAccount::isEnabled).map(UserAccount::toPrincipal);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
