package csms.service.web;

import csms.identity.SignedInUser;
import csms.service.Channel;
import csms.service.ComplaintStage;
import csms.service.Priority;
import csms.service.Queue;
import csms.service.RequestExport;
import csms.service.RequestFilter;
import csms.service.RequestRow;
import csms.service.RequestStatus;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.system.spreadsheet.RowSource;
import csms.system.spreadsheet.SpreadsheetDownload;
import csms.system.spreadsheet.SpreadsheetFormat;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The workspace's export buttons: the queue with the filters shown, as {@code .xlsx} or CSV (SVC-2, CUS-6). */
@Controller
class RequestExportController {

    private final ServiceRequests requests;
    private final RequestExport export;
    private final SpreadsheetDownload downloads;

    RequestExportController(ServiceRequests requests, RequestExport export, SpreadsheetDownload downloads) {
        this.requests = requests;
        this.export = export;
        this.downloads = downloads;
    }

    @GetMapping("/requests/export")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Queue queue,
            @RequestParam(required = false) String q, @RequestParam(required = false) RequestType type,
            @RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Priority priority, @RequestParam(required = false) ComplaintStage stage,
            @RequestParam(required = false) String format) {
        Queue shown = queue != null && ServiceDeskController.queuesOf(SignedInUser.current()).contains(queue)
                ? queue : Queue.MINE;
        RequestFilter filter = new RequestFilter(shown, q, type, status, channel, priority, stage, null, null, null);
        SpreadsheetFormat sheetFormat = SpreadsheetFormat.parse(format);
        RowSource<RequestRow> rows = RowSource.paged(RequestExport.PAGE_SIZE, Sort.unsorted(),
                p -> requests.exportSlice(filter, p));
        return downloads.send(export.sheet(), sheetFormat, rows, export.audit(filter));
    }
}
