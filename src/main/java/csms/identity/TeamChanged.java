package csms.identity;

import java.time.Instant;

/**
 * From {@code at} on, the user belongs to the team {@code departmentId} — or to no team when it is null (moved out of
 * every team, or disabled: a disabled user has left). Published on creation with a team, on a change of team, on
 * disabling and on enabling, inside the transaction of the change, so that the dated team history (kept by the
 * workforce module for pay's pro-rata shares) never disagrees with the account.
 */
public record TeamChanged(long userId, Long departmentId, Instant at) {
}
