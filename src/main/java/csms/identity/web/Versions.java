package csms.identity.web;

import csms.shared.RuleViolation;
import org.springframework.http.ResponseEntity;

/** Optimistic locking over HTTP: the version an update was based on, from {@code If-Match} or the body. */
final class Versions {

    private Versions() {
    }

    /** {@code If-Match: "3"} (or {@code W/"3"}) wins over the body's version; one of them is required. */
    static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.strip();
            if (v.startsWith("W/")) {
                v = v.substring(2);
            }
            v = v.replace("\"", "");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw RuleViolation.onField("version", "validation.version");
            }
        }
        if (bodyVersion == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        return bodyVersion;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static <T> ResponseEntity<T> withEtag(T body, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }
}
