package csms.customer.web;

import csms.customer.CustomerExport;
import csms.customer.CustomerExportRow;
import csms.customer.CustomerFilter;
import csms.identity.SignedInUser;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetFormat;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Sends the customer export for the page and the API alike: filters and sort are checked on the request thread
 * (a bad one is refused before anything is streamed), then the rows are read page by page while the file is
 * written, and the export is audited as {@code customer.exported}.
 */
@Component
class CustomerExportDownload {

    private final CustomerExport export;
    private final SpreadsheetDownload downloads;

    CustomerExportDownload(CustomerExport export, SpreadsheetDownload downloads) {
        this.export = export;
        this.downloads = downloads;
    }

    ResponseEntity<StreamingResponseBody> send(CustomerExportQuery query) {
        CustomerFilter filter = query.filter(SignedInUser.current().id());
        Sort order = export.order(filter, query.sort());
        RowSource<CustomerExportRow> rows = RowSource.paged(CustomerExport.PAGE_SIZE, order, p -> export.page(filter, p));
        return downloads.send(export.sheet(downloads.currentLocale()), SpreadsheetFormat.parse(query.format()), rows,
                export.audit(filter, query.sort()));
    }
}
