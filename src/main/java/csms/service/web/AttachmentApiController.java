package csms.service.web;

import csms.service.AttachmentView;
import csms.service.RequestAttachments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A request's attachments over REST. */
@RestController
@RequestMapping("/api/v1/requests/{id}/attachments")
@Tag(name = "Attachments", description = "Files attached to a service request (type checked from the content)")
class AttachmentApiController {

    private final RequestAttachments attachments;

    AttachmentApiController(RequestAttachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    List<AttachmentView> list(@PathVariable long id) {
        return attachments.of(id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Attach a file", description = "Images, PDF, Office documents, text and CSV; the size limit "
            + "is the rule service.attachment-max-mb. The type is recognised from the content and must match the "
            + "file name's extension (422 otherwise).")
    ResponseEntity<AttachmentView> upload(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        AttachmentView a = attachments.attach(id, file.getOriginalFilename(), file.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + id + "/attachments/" + a.id())).body(a);
    }

    @GetMapping("/{attachmentId}")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentDownload.of(attachments.content(id, attachmentId));
    }
}
