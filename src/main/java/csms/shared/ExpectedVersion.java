package csms.shared;

/**
 * Optimistic locking over HTTP: the version an API update was based on. {@code If-Match: "3"} (or {@code W/"3"})
 * wins over a {@code version} in the body, as HTTP intends; responses carry the version as {@code ETag}.
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    /** The version from {@code If-Match}, else from the body; null when neither carries one. */
    public static Long resolve(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!v.matches("\\d{1,18}")) {
            throw RuleViolation.onField("If-Match", "validation.version");
        }
        return Long.parseLong(v);
    }

    /** The same, but one of them is required (422 on {@code version} otherwise). */
    public static long required(String ifMatch, Long bodyVersion) {
        Long v = resolve(ifMatch, bodyVersion);
        if (v == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        return v;
    }

    /** The ETag of a version: {@code "3"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
