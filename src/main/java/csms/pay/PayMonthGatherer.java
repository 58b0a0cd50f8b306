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
import csms.workforce.TeamHistory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a month's pay inputs from the modules that hold them (PAY-8): every enabled employee with a pay profile (and
 * whoever left during the month),
 * their grade and discretionary bonus (assessments), shifts (roster, WFM-5), days in each team (dated team history; an
 * agent moved during the month shares in each group by the days spent in it), approved overtime
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
    private final TeamHistory teams;

    PayMonthGatherer(PayProfileRepository profiles, PayAssessments assessments, SalesTargets targets,
            UserAccounts users, Departments departments, NetSales netSales, Rosters rosters, Overtime overtime,
            Discipline discipline, TeamHistory teams) {
        this.profiles = profiles;
        this.assessments = assessments;
        this.targets = targets;
        this.users = users;
        this.departments = departments;
        this.netSales = netSales;
        this.rosters = rosters;
        this.overtime = overtime;
        this.discipline = discipline;
        this.teams = teams;
    }

    @Transactional(readOnly = true)
    Gathered month(YearMonth month) {
        List<PayProfile> all = profiles.findAll();
        List<Long> ids = all.stream().map(PayProfile::getUserId).sorted().toList();
        Map<Long, UserAccount> accounts = users.byIds(ids);
        Map<Long, Map<Long, Integer>> teamDays = teams.daysInTeams(month, ids);
        // paid: every enabled employee, and whoever left during the month (disabled, with days in a team in it)
        List<PayProfile> paid = all.stream().filter(p -> {
            UserAccount u = accounts.get(p.getUserId());
            return u != null && (u.isEnabled() || teamDays.containsKey(u.getId()));
        }).sorted(Comparator.comparing(PayProfile::getUserId)).toList();
        List<Long> paidIds = paid.stream().map(PayProfile::getUserId).toList();
        Map<Long, ShiftMonth> shifts = rosters.months(paidIds, month);
        Map<Long, OvertimeMonth> extra = overtime.months(paidIds, month);
        Map<Long, MonthDeductions> deducted = discipline.deductions(paidIds, month);
        Map<Long, PayAssessment> assessed = assessments.of(month);
        List<PayInputs.Employee> employees = new ArrayList<>();
        Map<Long, Map<Long, Integer>> agentDays = new TreeMap<>();
        for (PayProfile p : paid) {
            UserAccount u = accounts.get(p.getUserId());
            ShiftMonth s = shifts.get(u.getId());
            OvertimeMonth o = extra.get(u.getId());
            PayAssessment a = assessed.get(u.getId());
            employees.add(new PayInputs.Employee(u.getId(), u.getDepartmentId(), p.getPostWage(), p.getKind(),
                    p.getLevel(), p.inTrial(month), p.completedYears(month), a == null ? null : a.getGrade(),
                    a == null ? null : a.getDiscretionary(), a == null ? null : a.getDiscretionaryReason(),
                    s.nightShifts(), s.lateNightShifts(), o.hours(), o.holidayDutyDayCount(),
                    deducted.get(u.getId()).total()));
            if (p.getKind() == PayKind.AGENT) { // a share of each group they belonged to, by the days in it
                teamDays.getOrDefault(u.getId(), Map.of()).forEach((department, days) -> agentDays
                        .computeIfAbsent(department, d -> new LinkedHashMap<>()).put(u.getId(), days));
            }
        }
        Map<Long, NetSales.GroupNetSales> sales = netSales.byGroup(month).stream()
                .collect(Collectors.toMap(NetSales.GroupNetSales::departmentId, g -> g));
        Map<Long, SalesTarget> set = targets.byGroup(month);
        List<PayInputs.Group> groups = new ArrayList<>();
        agentDays.forEach((department, days) -> {
            NetSales.GroupNetSales figure = sales.get(department);
            SalesTarget target = set.get(department);
            String name = figure != null ? figure.name() : departments.get(department).getName();
            groups.add(new PayInputs.Group(department, name, figure != null ? figure.figure().net() : Money.ZERO,
                    target == null ? null : target.getAmount(), days));
        });
        return new Gathered(groups, employees);
    }
}
