package csms.identity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * From {@code at} on, the user belongs to the team {@code departmentId} — or to no team when it is null (moved out of
 * every team, or disabled: a disabled user has left). Published on creation with a team, on a change of team, on
 * disabling and on enabling, inside the transaction of the change, so that the dated team history (kept by the
 * workforce module for pay's pro-rata shares) never disagrees with the account. {@code from}, when given, is the
 * first day in the new team as the administrator recorded it (a transfer entered late); otherwise the day of
 * {@code at} in the organisation's time zone.
 */
public record TeamChanged(long userId, Long departmentId, Instant at, LocalDate from) {

    /** A change that takes effect on the day of {@code at}. */
    public TeamChanged(long userId, Long departmentId, Instant at) {
        this(userId, departmentId, at, null);
    }
}
