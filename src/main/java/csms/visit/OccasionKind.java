package csms.visit;

/** What a special visit is for (VIS-5, 特色回访): a holiday, the company's anniversary 店庆日, a promotion. */
public enum OccasionKind {
    HOLIDAY, ANNIVERSARY, PROMOTION
}
