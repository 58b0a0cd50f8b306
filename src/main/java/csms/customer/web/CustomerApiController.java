package csms.customer.web;

import csms.shared.PagedResult;
import csms.shared.ExpectedVersion;

import csms.customer.ArchiveRefresh;
import csms.customer.CustomerArchive;
import csms.customer.CustomerChanges;
import csms.customer.CustomerDetails;
import csms.customer.CustomerFilter;
import csms.customer.CustomerMergedAway;
import csms.customer.CustomerRow;
import csms.customer.HistoryEntry;
import csms.customer.MergeCustomers;
import csms.customer.NewCustomer;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer archive over REST: the same facade, rules and audit as the pages. */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customer archive 客户档案: records, search, history, merging duplicates")
class CustomerApiController {

    private final CustomerArchive archive;
    private final ArchiveRefresh refresh;
    private final MessageSource messages;

    CustomerApiController(CustomerArchive archive, ArchiveRefresh refresh, MessageSource messages) {
        this.archive = archive;
        this.refresh = refresh;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Search customers", description = "q matches name, company, any 3+ phone digits, pinyin, "
            + "initials or email; filters combine with it. Phones are always masked. Sort: name, createdAt, "
            + "updatedAt (prefix - or suffix ,desc for descending); size at most 100.")
    PagedResult<CustomerRow> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long grade, @RequestParam(required = false) Boolean member,
            @RequestParam(required = false) Boolean bigCustomer,
            @RequestParam(required = false) Boolean importantAgreement,
            @Parameter(description = "me, unassigned or a user id") @RequestParam(required = false) String owner,
            @RequestParam(required = false) Boolean incomplete, @RequestParam(required = false) boolean refreshDue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        PageQuery pageQuery = PageQuery.of(page, size, sort);
        CustomerFilter filter = CustomerFilter.of(q, grade, member, bigCustomer, importantAgreement, owner,
                incomplete, SignedInUser.current().id());
        if (refreshDue) {
            filter = filter.dueForRefresh();
        }
        return PagedResult.of(archive.list(filter, pageQuery));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "A customer, full or masked by the caller's rights",
            description = "A full view is audited. ETag carries the version. A merged record answers 410 with mergedInto. "
                    + "A confidential customer outside the caller's team answers 404, as a missing one does.")
    ResponseEntity<CustomerDetails> get(@PathVariable long id) {
        CustomerDetails d = archive.view(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(d.version())).body(d);
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Register a customer", description = "The grade follows the classification standard; "
            + "flags (member, bigCustomer, importantAgreement, confidential) and account manager need a supervisor.")
    ResponseEntity<CustomerDetails> create(@Valid @RequestBody NewCustomer command) {
        CustomerDetails d = archive.register(command);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + d.id()))
                .eTag(ExpectedVersion.etag(d.version())).body(d);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "Change a customer", description = "Send the whole record with the version you edited "
            + "(in the body or If-Match); a stale version answers 409. A missing confidential keeps the record's.")
    ResponseEntity<CustomerDetails> update(@PathVariable long id, @Valid @RequestBody CustomerChanges command,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long version = ExpectedVersion.resolve(ifMatch, command.version());
        CustomerDetails d = archive.update(id, version == null ? command : command.withVersion(version));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(d.version())).body(d);
    }

    /** Confirms the record's information is still current (CUS-2 monthly refresh); body: {"version": n}. */
    @PostMapping("/{id}/refresh")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<Void> confirmCurrent(@PathVariable long id, @jakarta.validation.Valid @RequestBody VersionOnly body) {
        refresh.confirmCurrent(id, body.version());
        return ResponseEntity.noContent().build();
    }

    /** A request body that only carries the version the client saw. */
    record VersionOnly(@jakarta.validation.constraints.NotNull Long version) {
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Merge a duplicate into this customer",
            description = "Phones and contact persons move, blank fields are filled, flags combined; the duplicate "
                    + "then answers 410 pointing here.")
    CustomerDetails merge(@PathVariable long id, @Valid @RequestBody MergeCustomers command) {
        return archive.merge(id, command);
    }

    @GetMapping("/{id}/merge-candidates")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Records with the same phone digits or the same name")
    List<CustomerRow> mergeCandidates(@PathVariable long id) {
        return archive.mergeCandidates(id);
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasRole('AGENT')")
    @Operation(summary = "The record's history, newest first: who, when, field old → new")
    PagedResult<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PagedResult.of(archive.history(id, PageQuery.of(page, size, null)));
    }

    /** A merged record is gone (410) and says where its data lives now. */
    @ExceptionHandler(CustomerMergedAway.class)
    ResponseEntity<ProblemDetail> mergedAway(CustomerMergedAway e, HttpServletRequest request, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.GONE);
        pd.setType(URI.create("urn:csms:problem:gone"));
        pd.setTitle(messages.getMessage("problem.gone", null, "Gone", locale));
        pd.setDetail(messages.getMessage("customer.merged-away", new Object[] { e.customerId(), e.survivorId() },
                locale));
        pd.setInstance(URI.create(request.getRequestURI()));
        pd.setProperty("mergedInto", e.survivorId());
        pd.setProperty("survivor", "/api/v1/customers/" + e.survivorId());
        return ResponseEntity.status(HttpStatus.GONE)
                .header(HttpHeaders.LINK, "</api/v1/customers/" + e.survivorId() + ">; rel=\"successor-version\"")
                .body(pd);
    }
}
