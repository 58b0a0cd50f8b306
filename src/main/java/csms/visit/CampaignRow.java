package csms.visit;

/** A campaign in the list (VIS-6) with its visits in total and those ended (done, refused, cancelled). */
public record CampaignRow(VisitCampaign campaign, long visits, long ended) {
}
