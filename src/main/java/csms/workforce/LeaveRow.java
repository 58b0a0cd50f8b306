package csms.workforce;

/** A leave application in a list, with the names of the applicant, the department and the decider. */
public record LeaveRow(LeaveRequest leave, String applicantName, String departmentName, String deciderName) {
}
