package csms.visit;

import csms.customer.CustomerCard;
import java.util.List;

/**
 * The visit screen: the visit, the customer's card (null when the viewer may no longer know of the customer), the
 * questionnaire of the visit's kind, the customer's own quiet hours (null: the organisation's only) and the
 * organisation's, whether the customer may be called now, and the answers recorded.
 */
public record VisitDetails(ReturnVisit visit, CustomerCard customer, List<VisitQuestion> questions,
        QuietHours.Window customerQuietHours, QuietHours organisationQuietHours, boolean callableNow, boolean overdue,
        String agentName, List<VisitAnswer> answers) {
}
