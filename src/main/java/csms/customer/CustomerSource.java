package csms.customer;

/** Where the record came from; a salesperson's visit record 业务员客户拜访跟踪表 is one source (CUS-1). */
public enum CustomerSource {
    SALES_VISIT,
    PHONE,
    WALK_IN,
    WEB,
    EMAIL,
    REFERRAL,
    IMPORT,
    OTHER
}
