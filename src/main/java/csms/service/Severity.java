package csms.service;

/** A general complaint 一般投诉 or a major one 重大投诉 (SVC-1); a major one may be a crisis event. */
public enum Severity {
    GENERAL, MAJOR
}
