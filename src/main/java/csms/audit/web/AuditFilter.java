package csms.audit.web;

import csms.audit.AuditQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The filters of the trail as typed on the page or passed to the API; dates are whole days in the organisation's zone. */
record AuditFilter(String actor, String action, String subjectType, String subjectId,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to) {

    AuditQuery toQuery(ZoneId zone) {
        return AuditQuery.forDays(actor, action, subjectType, subjectId, from, to, zone);
    }

    boolean isEmpty() {
        return blank(actor) && blank(action) && blank(subjectType) && blank(subjectId) && from == null && to == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
