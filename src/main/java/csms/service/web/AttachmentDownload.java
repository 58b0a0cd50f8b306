package csms.service.web;

import csms.service.RequestAttachments;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** An attachment as a download: always {@code attachment}, the stored type, the original name in UTF-8. */
final class AttachmentDownload {

    private AttachmentDownload() {
    }

    static ResponseEntity<StreamingResponseBody> of(RequestAttachments.Content content) {
        StreamingResponseBody body = out -> {
            try (InputStream in = content.open()) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.attachment().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .contentLength(content.attachment().sizeBytes())
                .body(body);
    }
}
