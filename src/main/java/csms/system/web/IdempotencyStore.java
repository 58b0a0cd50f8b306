package csms.system.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Idempotency records in the database: a claim row is inserted first, so two nodes cannot both run a key. The API's
 * {@link IdempotencyFilter} uses it for {@code Idempotency-Key}; pages use it for one-time form tokens.
 */
@Component
@org.springframework.modulith.NamedInterface("idempotency")
public class IdempotencyStore {

    /** A stored first outcome; {@code status} is null while the first request is still running. */
    public record Stored(String requestHash, Integer status, String contentType, String location, String body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the key; returns the earlier record instead if the key was used before. */
    public Optional<Stored> claim(String principal, String key, String path, String hash) {
        try {
            jdbc.sql("""
                    insert into idempotency_record (principal, idem_key, request_path, request_hash, created_at)
                    values (:p, :k, :path, :h, :at)""")
                    .param("p", principal).param("k", key).param("path", path).param("h", hash)
                    .param("at", Instant.now(clock).atOffset(java.time.ZoneOffset.UTC)).update();
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return jdbc.sql("""
                    select request_hash, status, content_type, location, body from idempotency_record
                    where principal = :p and idem_key = :k""")
                    .param("p", principal).param("k", key)
                    .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)))
                    .optional();
        }
    }

    /** Stores the outcome of a claimed key: a repeat then gets it back. */
    public void complete(String principal, String key, int status, String contentType, String location, String body) {
        jdbc.sql("""
                update idempotency_record set status = :s, content_type = :ct, location = :loc, body = :b
                where principal = :p and idem_key = :k""")
                .param("s", status).param("ct", contentType).param("loc", location)
                .param("b", body.length() > 100_000 ? null : body).param("p", principal).param("k", key).update();
    }

    /** Forgets a claim whose request failed, so the client may retry with the same key. */
    public void release(String principal, String key) {
        jdbc.sql("delete from idempotency_record where principal = :p and idem_key = :k and status is null")
                .param("p", principal).param("k", key).update();
    }

    /** Keys are remembered for a day. */
    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "idempotency-cleanup")
    void forgetOldKeys() {
        jdbc.sql("delete from idempotency_record where created_at < :cut")
                .param("cut", Instant.now(clock).minus(1, ChronoUnit.DAYS).atOffset(java.time.ZoneOffset.UTC)).update();
    }
}
