package csms.audit;

import java.time.Instant;

/** Filters for browsing the trail; every field optional. */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from, Instant to) {

    public static AuditQuery forSubject(String subjectType, Object subjectId) {
        return new AuditQuery(null, null, subjectType, String.valueOf(subjectId), null, null);
    }
}
