package csms.service;

/** The classification of a summarised complaint (CMP-6) used by the complaint classification statistics. */
public enum ComplaintCategory {
    PRODUCT_QUALITY, RESULT_DOUBT, SERVICE_ATTITUDE, DELIVERY, PRICE_BILLING, PROCESS, OTHER
}
