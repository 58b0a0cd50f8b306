package csms.service;

import java.time.Duration;
import java.time.Instant;

/** Business-time arithmetic as the service module needs it, answered by the organisation's business calendar. */
interface BusinessTime {

    /** The instant when the given business time has elapsed after {@code from}. */
    Instant plus(Instant from, Duration businessTime);

    /** The business time between two instants (zero when {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to);
}
