package csms.customer.web;

import csms.shared.RuleViolation;

/** Reads the version an API caller edited from the body or an {@code If-Match} header ({@code "3"}, {@code W/"3"}). */
final class VersionHeader {

    private VersionHeader() {
    }

    static Long resolve(Long fromBody, String ifMatch) {
        if (fromBody != null) {
            return fromBody;
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        if (!v.matches("\\d{1,18}")) {
            throw RuleViolation.onField("If-Match", "customer.version.required");
        }
        return Long.parseLong(v);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
