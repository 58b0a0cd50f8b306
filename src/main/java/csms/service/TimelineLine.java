package csms.service;

import java.time.Instant;

/** One timeline entry as shown: who did what when; {@code internal} notes are never shown to the customer. */
public record TimelineLine(long id, Instant at, TimelineKind kind, String actorName, boolean internal, String text,
        String detail) {
}
