package csms.customer.web;

import csms.customer.ContactRecordDraft;
import csms.customer.ContactRecordView;
import csms.customer.ContactRecords;
import csms.shared.PageQuery;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Contact records of a customer (CUS-5): file one, list them newest first. */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/contacts")
@PreAuthorize("hasRole('AGENT')")
class ContactRecordApi {

    private final ContactRecords records;

    ContactRecordApi(ContactRecords records) {
        this.records = records;
    }

    @PostMapping
    ResponseEntity<ContactRecordView> file(@PathVariable long customerId, @Valid @RequestBody ContactRecordDraft draft) {
        ContactRecordView filed = records.file(customerId, draft);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(filed.id()).toUri();
        return ResponseEntity.created(location).body(filed);
    }

    @GetMapping
    AssignmentApiPage<ContactRecordView> list(@PathVariable long customerId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return AssignmentApiPage.of(records.list(customerId, PageQuery.of(page, size, sort)));
    }

    @GetMapping("/{recordId}")
    ContactRecordView get(@PathVariable long customerId, @PathVariable long recordId) {
        return records.get(customerId, recordId);
    }
}
