package csms.customer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The customer export over REST: the same filters, columns, masking and audit as the list page's button. */
@RestController
@Tag(name = "Customers")
class CustomerExportApiController {

    private final CustomerExportDownload download;

    CustomerExportApiController(CustomerExportDownload download) {
        this.download = download;
    }

    @GetMapping("/api/v1/customers/export")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Export customers as .xlsx or CSV",
            description = "format=xlsx (default) or csv; the list's filters and sort. Phones, email and address are "
                    + "in full only for records the caller may see in full, masked otherwise. The file is streamed "
                    + "and the export is audited (customer.exported).")
    ResponseEntity<StreamingResponseBody> export(@ParameterObject @ModelAttribute CustomerExportQuery query) {
        return download.send(query);
    }
}
