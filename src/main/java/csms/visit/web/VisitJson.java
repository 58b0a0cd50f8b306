package csms.visit.web;

import csms.service.Satisfaction;
import csms.visit.ReturnVisit;
import csms.visit.VisitKind;
import csms.visit.VisitOutcome;
import csms.visit.VisitRow;
import csms.visit.VisitStatus;
import java.time.Instant;

/** A return visit over the API: what the list and the visit screen show of it, with its version for If-Match. */
record VisitJson(long id, VisitKind kind, VisitStatus status, long customerId, String customerName,
        Long sourceRequestId, int round, Long agentId, String agentName, Long departmentId, Instant plannedAt,
        Instant dueBy, int attempts, VisitOutcome outcome, Satisfaction satisfaction, String note, Instant visitedAt,
        Long followRequestId, boolean callableNow, boolean overdue, long version) {

    static VisitJson of(ReturnVisit v, String agentName, boolean callableNow, boolean overdue) {
        return new VisitJson(v.getId(), v.getKind(), v.getStatus(), v.getCustomerId(), v.getCustomerName(),
                v.getSourceRequestId(), v.getRound(), v.getAgentId(), agentName, v.getDepartmentId(),
                v.getPlannedAt(), v.getDueBy(), v.getAttempts(), v.getOutcome(), v.getSatisfaction(), v.getNote(),
                v.getVisitedAt(), v.getFollowRequestId(), callableNow, overdue, v.getVersion());
    }

    static VisitJson of(VisitRow r) {
        return of(r.visit(), r.agentName(), r.callableNow(), r.overdue());
    }
}
