package csms.visit;

/** A visit in a list, with whether the customer may be called now and whether it is past due. */
public record VisitRow(ReturnVisit visit, boolean callableNow, boolean overdue, String agentName) {
}
