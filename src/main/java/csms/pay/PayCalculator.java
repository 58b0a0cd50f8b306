package csms.pay;

import csms.shared.Money;
import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly pay computation of the rulebook (PAY-3 … PAY-7) on gathered inputs, without side effects:
 * <ul>
 * <li>each group's commission pot is its rate of net sales, split among its agents by the days they belonged to
 * the group in the month (a partial month shares pro rata); agents on trial are left out of the split (PAY-6);</li>
 * <li>an agent moved between groups during the month takes a share of each group's pot by the days spent in it, the
 * shares added up;</li>
 * <li>each agent of a group (not on trial) gets the group's team bonus (PAY-4) — an agent of several groups that of
 * the group they spent the most days in (the first such group on a tie), never two team bonuses;</li>
 * <li>other staff get their level's share of the average agent commission: the sum of the agents' commission
 * shares ÷ the number of agents who had one, half up to the fen (PAY-5);</li>
 * <li>everybody gets the post wage, the grade's performance bonus, the discretionary amount, the shift, overtime,
 * holiday-duty, comprehensive and seniority allowances, less the deductions (PAY-7, WFM-7); the trial period (PAY-6)
 * takes away only the target commission and the team bonus, since allowances pay for work done.</li>
 * </ul>
 * A group whose agents earn commission but which has no target (or a zero target) is refused with its name — never a
 * division by zero.
 */
public final class PayCalculator {

    private final PayRuleBook book;

    public PayCalculator(PayRuleBook book) {
        this.book = book;
    }

    /** Every employee's line, in the order given. */
    public List<PayLine> compute(Collection<PayInputs.Group> groups, List<PayInputs.Employee> employees) {
        Map<Long, PayInputs.Employee> byId = new HashMap<>();
        employees.forEach(e -> byId.put(e.userId(), e));
        Map<Long, List<Share>> sharesOf = new HashMap<>();
        for (PayInputs.Group g : groups) {
            Map<Long, BigDecimal> weights = new TreeMap<>();
            g.agentDays().forEach((id, days) -> {
                PayInputs.Employee e = byId.get(id);
                if (e != null && e.kind() == PayKind.AGENT && !e.trial() && days > 0) {
                    weights.put(id, BigDecimal.valueOf(days));
                }
            });
            if (weights.isEmpty()) {
                continue;
            }
            CompletionRate r = rate(g);
            BigDecimal percent = book.commissionRate(r);
            Money pot = book.commissionPot(r);
            int totalDays = weights.values().stream().mapToInt(BigDecimal::intValue).sum();
            Money bonus = book.teamBonus(r);
            PotSplit.byWeight(pot, weights).forEach((id, share) -> sharesOf.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Share(share, g.agentDays().get(id), totalDays, new PayComponent(
                            PayComponentKind.COMMISSION, share, List.of(g.name(), r.netSales().toString(),
                                    r.target().toString(), r.percent().toPlainString(),
                                    percent.stripTrailingZeros().toPlainString(), pot.toString(),
                                    String.valueOf(g.agentDays().get(id)), String.valueOf(totalDays))),
                            new PayComponent(PayComponentKind.TEAM_BONUS, bonus, List.of(g.name(),
                                    r.percent().toPlainString())), g.name())));
        }
        Map<Long, PayComponent> commission = new HashMap<>();
        Map<Long, PayComponent> teamBonus = new HashMap<>();
        sharesOf.forEach((id, shares) -> {
            commission.put(id, commission(shares));
            // the team bonus of the group the agent spent the most days in (the first such group on a tie)
            teamBonus.put(id, shares.stream().max(java.util.Comparator.comparingInt(Share::days)).orElseThrow()
                    .teamBonus());
        });
        Money average = average(commission.values());
        List<PayLine> lines = new ArrayList<>();
        for (PayInputs.Employee e : employees) {
            lines.add(line(e, commission.get(e.userId()), teamBonus.get(e.userId()), average, commission.size()));
        }
        return lines;
    }

    private PayLine line(PayInputs.Employee e, PayComponent commission, PayComponent teamBonus, Money average,
            int agentsWithCommission) {
        Map<PayComponentKind, PayComponent> c = new LinkedHashMap<>();
        put(c, PayComponentKind.POST_WAGE, e.postWage(), List.of());
        if (e.grade() != null) {
            put(c, PayComponentKind.PERFORMANCE, book.gradeBonus(e.grade()), List.of(e.grade().name()));
        }
        if (!e.trial()) {
            if (e.kind() == PayKind.AGENT) {
                if (commission != null) {
                    c.put(PayComponentKind.COMMISSION, commission);
                    c.put(PayComponentKind.TEAM_BONUS, teamBonus);
                }
            } else {
                c.put(PayComponentKind.COMMISSION, new PayComponent(PayComponentKind.COMMISSION,
                        book.levelCommission(e.level(), average), "pay.basis.level-commission", List.of(
                                e.level().name(), average.toString(), String.valueOf(agentsWithCommission),
                                book.value(e.level().share).stripTrailingZeros().toPlainString())));
            }
        }
        if (e.discretionary() != null && !e.discretionary().isZero()) {
            put(c, PayComponentKind.DISCRETIONARY, e.discretionary(), List.of(nullToEmpty(e.discretionaryReason())));
        }
        put(c, PayComponentKind.SHIFTS, book.shifts(e.nights(), e.lateNights()),
                List.of(String.valueOf(e.nights()), String.valueOf(e.lateNights())));
        put(c, PayComponentKind.OVERTIME, book.overtime(e.overtimeHours()), List.of(e.overtimeHours()
                .stripTrailingZeros().toPlainString(), book.value(PayRule.OVERTIME_THRESHOLD).stripTrailingZeros()
                .toPlainString()));
        put(c, PayComponentKind.HOLIDAY_DUTY, book.holidayDuty(e.holidayDays()), List.of(String.valueOf(
                e.holidayDays())));
        put(c, PayComponentKind.COMPREHENSIVE, book.comprehensive(e.level()), List.of(e.level().name()));
        put(c, PayComponentKind.SENIORITY, book.seniority(e.completedYears()), List.of(String.valueOf(
                e.completedYears())));
        if (e.deductions() != null && !e.deductions().isZero()) {
            put(c, PayComponentKind.DEDUCTIONS, Money.ZERO.minus(e.deductions()), List.of());
        }
        return new PayLine(e.userId(), e.departmentId(), e.trial(), List.copyOf(c.values()));
    }

    private static void put(Map<PayComponentKind, PayComponent> c, PayComponentKind kind, Money amount,
            List<String> basis) {
        c.put(kind, new PayComponent(kind, amount, basis));
    }

    /** An agent's share of one group's pot, with how it was computed. */
    private record Share(Money amount, int days, int totalDays, PayComponent commission,
            PayComponent teamBonus, String group) {
    }

    /** One group's share as it is; shares of several groups (moved during the month) added up, each named. */
    private static PayComponent commission(List<Share> shares) {
        if (shares.size() == 1) {
            return shares.get(0).commission();
        }
        Money sum = Money.ZERO;
        List<String> parts = new ArrayList<>();
        for (Share sh : shares) {
            sum = sum.plus(sh.amount());
            parts.add(sh.group() + " " + sh.amount() + " (" + sh.days() + "/" + sh.totalDays() + ")");
        }
        return new PayComponent(PayComponentKind.COMMISSION, sum, "pay.basis.commission-groups",
                List.of(String.join("; ", parts)));
    }

    private static CompletionRate rate(PayInputs.Group g) {
        try {
            return new CompletionRate(g.netSales(), g.target());
        } catch (RuleViolation e) {
            throw RuleViolation.onField("target", "pay.run.target-missing", g.name());
        }
    }

    private static Money average(Collection<PayComponent> shares) {
        if (shares.isEmpty()) {
            return Money.ZERO;
        }
        BigDecimal sum = shares.stream().map(s -> s.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Money.rounded(sum.divide(BigDecimal.valueOf(shares.size()), 10, RoundingMode.HALF_UP));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
