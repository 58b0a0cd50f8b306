package csms.service.internal;

import csms.service.Attachment;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByRequestIdOrderByUploadedAt(long requestId);

    long countByRequestId(long requestId);
}
