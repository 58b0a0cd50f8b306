package csms.workforce;

/** Who decides a leave (WFM-1): the applicant's department supervisor up to one working day, else a general manager. */
public enum ApproverLevel {
    SUPERVISOR, GENERAL_MANAGER
}
