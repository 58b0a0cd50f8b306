package csms.audit.web;

import csms.audit.AuditEntry;
import java.time.Instant;

/** One entry of the trail as the API shows it. */
record AuditEntryView(long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
        String summary, String changes) {

    /** The entry with personal contact data in its changes masked. */
    static AuditEntryView of(AuditEntry e, PersonalDataMask mask) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getSubjectType(),
                e.getSubjectId(), e.getSummary(), mask.mask(e.getChanges()));
    }
}
