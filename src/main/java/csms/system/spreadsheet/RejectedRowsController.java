package csms.system.spreadsheet;

import csms.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads the rejected-rows report of the signed-in user's latest import (kept in their own session). */
@Controller
class RejectedRowsController {

    private final ImportReports reports;
    private final MessageSource messages;

    RejectedRowsController(ImportReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping(ImportReports.PATH + "{token}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> download(@PathVariable String token, HttpServletRequest request) {
        ImportReports.Stored report = reports.find(request.getSession(false), token)
                .orElseThrow(() -> new NotFoundException(
                        messages.getMessage("spreadsheet.report.subject", null, LocaleContextHolder.getLocale()), token));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, SpreadsheetFormat.XLSX.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.contentDisposition(report.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(report.content());
    }
}
