package csms.pay;

import csms.shared.Money;
import java.math.BigDecimal;
import java.util.Map;

/** What the monthly pay computation reads, gathered from the other modules before it runs (PAY-8). */
public final class PayInputs {

    private PayInputs() {
    }

    /**
     * A sales group's month: its net sales (PAY-2), its target (PAY-1; null when none was set) and the days each of its
     * agents belonged to it in the month (the weights of the pro-rata split; a whole month is every day of it).
     */
    public record Group(long departmentId, String name, Money netSales, Money target, Map<Long, Integer> agentDays) {

        public Group {
            agentDays = Map.copyOf(agentDays);
        }
    }

    /**
     * An employee's month: the profile's facts, the grade of the month (null: not graded, no performance bonus), a
     * discretionary amount with its reason (PAY-4), the shifts, overtime and holiday duty worked (WFM-5, WFM-6), and the
     * deductions from discipline (WFM-7, a positive amount that is taken off).
     */
    public record Employee(long userId, Long departmentId, Money postWage, PayKind kind, StaffLevel level,
            boolean trial, int completedYears, PerformanceGrade grade, Money discretionary, String discretionaryReason,
            int nights, int lateNights, BigDecimal overtimeHours, int holidayDays, Money deductions) {
    }
}
