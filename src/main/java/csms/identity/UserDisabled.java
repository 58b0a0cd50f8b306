package csms.identity;

/** A user can no longer sign in; their open sessions must end at once. */
public record UserDisabled(long userId, String username) {
}
