package csms.service.web;

import csms.shared.ExpectedVersion;

/** A body that carries only the version the client saw; If-Match wins over it. */
record VersionOnly(Long version) {

    /** The expected version from If-Match or the body (either may be absent); 422 on {@code version} if neither. */
    static long required(VersionOnly body, String ifMatch) {
        return ExpectedVersion.required(ifMatch, body == null ? null : body.version());
    }

    /** The expected version when the client sent one. */
    static Long optional(VersionOnly body, String ifMatch) {
        return ExpectedVersion.resolve(ifMatch, body == null ? null : body.version());
    }
}
