package csms.pay;

/** A director's or supervisor's grading of someone's month (PAY-5, PAY-6): fail, pass, good, excellent. */
public enum PerformanceGrade {
    FAIL(PayRule.GRADE_FAIL), PASS(PayRule.GRADE_PASS), GOOD(PayRule.GRADE_GOOD), EXCELLENT(PayRule.GRADE_EXCELLENT);

    final PayRule amount;

    PerformanceGrade(PayRule amount) {
        this.amount = amount;
    }
}
