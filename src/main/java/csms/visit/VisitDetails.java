package csms.visit;

import csms.customer.CustomerCard;
import java.util.List;

/**
 * The visit screen: the visit, the customer's card (null when the viewer may no longer know of the customer), the
 * questionnaire of the visit's kind, the customer's own quiet hours (null: the organisation's only) and the
 * organisation's, and whether the customer may be called now.
 */
public record VisitDetails(ReturnVisit visit, CustomerCard customer, List<VisitQuestion> questions,
        QuietHours.Window customerQuietHours, QuietHours organisationQuietHours, boolean callableNow, boolean overdue,
        String agentName) {
}
