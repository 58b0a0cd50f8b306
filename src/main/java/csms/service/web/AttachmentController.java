package csms.service.web;

import csms.service.RequestAttachments;
import csms.shared.BusinessException;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading and downloading a request's attachments from its page. */
@Controller
@RequestMapping("/requests/{id}/attachments")
@PreAuthorize("hasRole('AGENT')")
class AttachmentController {

    private final RequestAttachments attachments;

    AttachmentController(RequestAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                attachments.attach(id, file == null ? null : file.getOriginalFilename(), java.io.InputStream.nullInputStream());
            } else {
                attachments.attach(id, file.getOriginalFilename(), file.getInputStream());
            }
            redirect.addFlashAttribute("success", "attachment.added");
        } catch (csms.shared.RuleViolation e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        } catch (BusinessException e) {
            if (e instanceof csms.shared.NotFoundException) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/requests/" + id + "#attachments";
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<StreamingResponseBody> download(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentDownload.of(attachments.content(id, attachmentId));
    }
}
