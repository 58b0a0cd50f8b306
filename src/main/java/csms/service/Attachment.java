package csms.service;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a request, stored under a generated name; the original name is only shown. */
@Entity
@Table(name = "request_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long requestId;
    private String storedName;
    private String originalName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private long uploadedBy;
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(long requestId, String storedName, String originalName, String contentType, long sizeBytes,
            String sha256, long uploadedBy, Instant uploadedAt) {
        this.requestId = requestId;
        this.storedName = storedName;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public String getStoredName() { return storedName; }
    public String getOriginalName() { return originalName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
