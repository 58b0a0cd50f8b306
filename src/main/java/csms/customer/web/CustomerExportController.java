package csms.customer.web;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The list page's export button: the customers the list shows, as {@code .xlsx} or CSV (CUS-1, CUS-6). */
@Controller
class CustomerExportController {

    private final CustomerExportDownload download;

    CustomerExportController(CustomerExportDownload download) {
        this.download = download;
    }

    @GetMapping("/customers/export")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute CustomerExportQuery query) {
        return download.send(query);
    }
}
