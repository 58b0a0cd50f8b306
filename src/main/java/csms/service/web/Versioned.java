package csms.service.web;

import csms.service.PromiseView;
import csms.service.ReferralView;
import csms.service.RequestDetails;
import csms.shared.ExpectedVersion;
import org.springframework.http.ResponseEntity;

/** Responses that carry the version of what they show as ETag, for the client's next If-Match. */
final class Versioned {

    private Versioned() {
    }

    static ResponseEntity<RequestDetails> ok(RequestDetails d) {
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(d.version())).body(d);
    }

    static ResponseEntity<PromiseView> ok(PromiseView p) {
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(p.version())).body(p);
    }

    static ResponseEntity<ReferralView> ok(ReferralView f) {
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(f.version())).body(f);
    }
}
