package csms.service;

/** The customer's verdict at the follow-up visit (CMP-7, VIS-3). */
public enum Satisfaction {
    SATISFIED, AVERAGE, UNSATISFIED
}
