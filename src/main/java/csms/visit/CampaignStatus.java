package csms.visit;

/**
 * Where a campaign stands (VIS-6): DRAFT while its selection can change, ACTIVE once its customers are distributed
 * as visits, CLOSED when archived — read-only, its open visits cancelled.
 */
public enum CampaignStatus {
    DRAFT, ACTIVE, CLOSED
}
