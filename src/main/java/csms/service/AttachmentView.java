package csms.service;

import java.time.Instant;

/** An attachment as listed on the request page and in the API. */
public record AttachmentView(long id, long requestId, String name, String contentType, long sizeBytes,
        String uploadedByName, Instant uploadedAt) {
}
