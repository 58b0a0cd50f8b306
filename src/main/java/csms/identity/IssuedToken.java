package csms.identity;

/** A freshly issued token: {@code secret} is shown to the user this one time and never stored. */
public record IssuedToken(ApiToken token, String secret) {
}
