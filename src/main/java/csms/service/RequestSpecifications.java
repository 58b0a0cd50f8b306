package csms.service;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The request list's query: the viewer's visibility (CUS-6), the queue and the filters, as one SQL statement. */
final class RequestSpecifications {

    private static final Set<RequestStatus> ACTIVE = Set.of(RequestStatus.OPEN, RequestStatus.WAITING);

    private RequestSpecifications() {
    }

    static Specification<ServiceRequest> of(RequestFilter f, RequestAccess access, Instant now, Instant dueSoonLimit) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            visibility(root, cb, access, all);
            queue(root, cb, f.queue(), access, now, dueSoonLimit, all);
            if (f.q() != null) {
                String like = "%" + f.q().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("subject")), like, '\\'),
                        cb.like(cb.lower(root.get("customerName")), like, '\\')));
            }
            eq(root, cb, "type", f.type(), all);
            eq(root, cb, "status", f.status(), all);
            eq(root, cb, "channel", f.channel(), all);
            eq(root, cb, "priority", f.priority(), all);
            eq(root, cb, "customerId", f.customerId(), all);
            eq(root, cb, "assigneeId", f.assigneeId(), all);
            eq(root, cb, "departmentId", f.departmentId(), all);
            if (f.stage() != null) {
                Subquery<Long> sq = query.subquery(Long.class);
                Root<Complaint> c = sq.from(Complaint.class);
                sq.select(c.get("requestId")).where(cb.equal(c.get("stage"), f.stage()));
                all.add(root.get("id").in(sq));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static void visibility(Root<ServiceRequest> root, CriteriaBuilder cb, RequestAccess access,
            List<Predicate> all) {
        if (access.seesAll()) {
            return;
        }
        List<Predicate> any = new ArrayList<>();
        any.add(cb.isNull(root.get("restrictedDepartmentId")));
        if (access.departmentId() != null) {
            any.add(cb.equal(root.get("restrictedDepartmentId"), access.departmentId()));
        }
        any.add(cb.equal(root.get("assigneeId"), access.viewerId()));
        all.add(cb.or(any.toArray(Predicate[]::new)));
    }

    private static void queue(Root<ServiceRequest> root, CriteriaBuilder cb, Queue queue, RequestAccess access,
            Instant now, Instant dueSoonLimit, List<Predicate> all) {
        if (queue != Queue.ALL) {
            all.add(root.get("status").in(ACTIVE));
        }
        switch (queue) {
            case MINE -> all.add(cb.equal(root.get("assigneeId"), access.viewerId()));
            case TEAM -> all.add(access.departmentId() == null ? cb.disjunction()
                    : cb.equal(root.get("departmentId"), access.departmentId()));
            case UNASSIGNED -> all.add(cb.isNull(root.get("assigneeId")));
            case DUE_SOON -> {
                all.add(cb.greaterThanOrEqualTo(root.get("dueAt"), now));
                all.add(cb.lessThan(root.get("dueAt"), dueSoonLimit));
                all.add(workedBy(root, cb, access));
            }
            case OVERDUE -> {
                all.add(cb.lessThan(root.get("dueAt"), now));
                all.add(workedBy(root, cb, access));
            }
            case ESCALATED -> {
                all.add(cb.or(cb.isNotNull(root.get("escalatedAt")), cb.isNotNull(root.get("breachedAt"))));
                all.add(workedBy(root, cb, access));
            }
            case ALL -> { }
        }
    }

    /** Due-soon, overdue and escalated queues: an agent's own requests, a supervisor's team, a manager's all. */
    private static Predicate workedBy(Root<ServiceRequest> root, CriteriaBuilder cb, RequestAccess access) {
        if (access.seesAll()) {
            return cb.conjunction();
        }
        if (access.isSupervisor() && access.departmentId() != null) {
            return cb.or(cb.equal(root.get("departmentId"), access.departmentId()),
                    cb.equal(root.get("assigneeId"), access.viewerId()));
        }
        return cb.equal(root.get("assigneeId"), access.viewerId());
    }

    private static void eq(Root<ServiceRequest> root, CriteriaBuilder cb, String field, Object value,
            List<Predicate> all) {
        if (value != null) {
            all.add(cb.equal(root.get(field), value));
        }
    }
}
