package csms.customer;

import csms.audit.Changes.Change;
import java.time.Instant;
import java.util.List;

/** One entry of a record's history (CUS-2): who did what and when, each changed field old → new. */
public record HistoryEntry(Instant occurredAt, String actor, String action, List<Change> changes) {
}
