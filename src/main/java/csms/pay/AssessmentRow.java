package csms.pay;

/**
 * An employee on the month's assessment page with the department (null: none) and the assessment so far (null: none
 * yet).
 */
public record AssessmentRow(long userId, String displayName, String agentNumber, Long departmentId,
        PayAssessment assessment) {
}
