package csms.service.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import csms.shared.ExpectedVersion;

/**
 * A step's input as the API takes it: the step's own fields and, beside them, the {@code version} the client saw.
 * {@code If-Match} wins over the body's version, as HTTP intends.
 */
record VersionedStep<S>(@JsonUnwrapped S step, Long version) {

    /** The expected version; 422 on {@code version} when neither If-Match nor the body carries one. */
    long required(String ifMatch) {
        return ExpectedVersion.required(ifMatch, version);
    }

    /** The expected version when the client sent one; null means "whatever the current version is". */
    Long optional(String ifMatch) {
        return ExpectedVersion.resolve(ifMatch, version);
    }
}
