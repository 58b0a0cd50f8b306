package csms.visit;

/** How a campaign's customers are visited (VIS-6): by phone, or with a questionnaire link by e-mail or message. */
public enum CampaignChannel {
    PHONE, EMAIL, SMS
}
