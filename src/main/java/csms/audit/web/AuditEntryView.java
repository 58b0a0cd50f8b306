package csms.audit.web;

import csms.audit.AuditEntry;
import java.time.Instant;

/** One entry of the trail as the API shows it. */
record AuditEntryView(long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
        String summary, String changes) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubjectType(),
                e.getSubjectId(), e.getSummary(), e.getChanges());
    }
}
