package csms.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Filters for browsing the trail; every field optional. {@code to} is exclusive. */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from, Instant to) {

    public static AuditQuery forSubject(String subjectType, Object subjectId) {
        return new AuditQuery(null, null, subjectType, String.valueOf(subjectId), null, null);
    }

    /** Filters with a range of whole days, both included, as days begin and end in the given zone. */
    public static AuditQuery forDays(String actor, String action, String subjectType, String subjectId,
            LocalDate fromDay, LocalDate toDay, ZoneId zone) {
        return new AuditQuery(actor, action, subjectType, subjectId,
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
