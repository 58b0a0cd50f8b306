package csms.identity.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import csms.identity.ApiToken;
import java.time.Instant;

/** A personal API token as listed: its prefix, never its hash; {@code secret} is set only in the creation response. */
record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
        Instant revokedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static TokenView of(ApiToken t) {
        return of(t, null);
    }

    static TokenView of(ApiToken t, String secret) {
        return new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getLastUsedAt(),
                t.getExpiresAt(), t.getRevokedAt(), secret);
    }
}
