package csms.service;

import java.time.Instant;

/** An alert as the alerts page shows it, with the request's subject. */
public record AlertView(long id, long requestId, String subject, AlertKind kind, String detail, Instant createdAt,
        boolean read) {
}
