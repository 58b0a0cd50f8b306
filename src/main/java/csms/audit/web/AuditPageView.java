package csms.audit.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of trail entries as the API returns it. */
record AuditPageView(List<AuditEntryView> content, int page, int size, long totalElements, int totalPages) {

    static AuditPageView of(Page<AuditEntryView> page) {
        return new AuditPageView(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
