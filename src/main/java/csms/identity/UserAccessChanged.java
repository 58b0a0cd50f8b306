package csms.identity;

/** A user's roles or department changed; sessions carrying the old rights must end. */
public record UserAccessChanged(long userId, String username) {
}
