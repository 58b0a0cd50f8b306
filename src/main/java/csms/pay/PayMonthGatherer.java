package csms.pay;

import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.order.NetSales;
import csms.pay.internal.PayProfileRepository;
import csms.shared.Money;
import csms.workforce.Discipline;
import csms.workforce.MonthDeductions;
import csms.workforce.Overtime;
import csms.workforce.OvertimeMonth;
import csms.workforce.Rosters;
import csms.workforce.ShiftMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a month's pay inputs from the modules that hold them (PAY-8): every enabled employee with a pay profile,
 * their grade and discretionary bonus (assessments), shifts and days in the team (roster, WFM-5), approved overtime
 * and holiday duty (WFM-6) and discipline deductions (WFM-7); for each group with agents, its net sales (PAY-2) and
 * target (PAY-1). Called inside the pay run's transaction by HR.
 */
@Component
class PayMonthGatherer {

    /** What a month's computation reads. */
    record Gathered(List<PayInputs.Group> groups, List<PayInputs.Employee> employees) {
    }

    private final PayProfileRepository profiles;
    private final PayAssessments assessments;
    private final SalesTargets targets;
    private final UserAccounts users;
    private final Departments departments;
    private final NetSales netSales;
    private final Rosters rosters;
    private final Overtime overtime;
    private final Discipline discipline;

    PayMonthGatherer(PayProfileRepository profiles, PayAssessments assessments, SalesTargets targets,
            UserAccounts users, Departments departments, NetSales netSales, Rosters rosters, Overtime overtime,
            Discipline discipline) {
        this.profiles = profiles;
        this.assessments = assessments;
        this.targets = targets;
        this.users = users;
        this.departments = departments;
        this.netSales = netSales;
        this.rosters = rosters;
        this.overtime = overtime;
        this.discipline = discipline;
    }

    @Transactional(readOnly = true)
    Gathered month(YearMonth month) {
        List<PayProfile> all = profiles.findAll();
        Map<Long, UserAccount> accounts = users.byIds(all.stream().map(PayProfile::getUserId).toList());
        Map<Long, PayAssessment> assessed = assessments.of(month);
        List<PayInputs.Employee> employees = new ArrayList<>();
        Map<Long, Map<Long, Integer>> agentDays = new TreeMap<>();
        all.stream().sorted(Comparator.comparing(PayProfile::getUserId)).forEach(p -> {
            UserAccount u = accounts.get(p.getUserId());
            if (u == null || !u.isEnabled()) {
                return;
            }
            ShiftMonth shifts = rosters.month(u.getId(), month);
            OvertimeMonth extra = overtime.month(u.getId(), month);
            MonthDeductions deducted = discipline.deductions(u.getId(), month);
            PayAssessment a = assessed.get(u.getId());
            employees.add(new PayInputs.Employee(u.getId(), u.getDepartmentId(), p.getPostWage(), p.getKind(),
                    p.getLevel(), p.inTrial(month), p.completedYears(month), a == null ? null : a.getGrade(),
                    a == null ? null : a.getDiscretionary(), a == null ? null : a.getDiscretionaryReason(),
                    shifts.nightShifts(), shifts.lateNightShifts(), extra.hours(), extra.holidayDutyDayCount(),
                    deducted.total()));
            if (p.getKind() == PayKind.AGENT && u.getDepartmentId() != null) {
                agentDays.computeIfAbsent(u.getDepartmentId(), d -> new LinkedHashMap<>()).put(u.getId(),
                        shifts.daysInTeam());
            }
        });
        List<PayInputs.Group> groups = new ArrayList<>();
        agentDays.forEach((department, days) -> {
            Money target = targets.of(department, month).map(SalesTarget::getAmount).orElse(null);
            groups.add(new PayInputs.Group(department, departments.get(department).getName(),
                    netSales.of(department, month).net(), target, days));
        });
        return new Gathered(groups, employees);
    }
}
