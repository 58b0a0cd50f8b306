package csms.visit;

import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.visit.internal.ReturnVisitRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 100% rule of VIS-1 for supervisors: for the services completed in a period (member customers), how many were
 * visited within their due time, late, or not yet; and the overdue visits now, with the agents who owe them. A
 * supervisor sees the own team, managers all.
 */
@Service
public class VisitCoverage {

    /** A period's figures; {@code percent} is the share visited in time (100 when nothing was served). */
    public record Report(LocalDate from, LocalDate to, long served, long visitedInTime, long visitedLate,
            long notVisited, int percent, List<Debt> overdue) {
    }

    /** An agent's overdue visits (null agent: nobody was found to owe them). */
    public record Debt(Long agentId, String agentName, long visits) {
    }

    private static final int MAX_DAYS = 366;

    private final ReturnVisitRepository visits;
    private final QuietHoursPolicy quietHours;
    private final UserAccounts users;
    private final Clock clock;

    VisitCoverage(ReturnVisitRepository visits, QuietHoursPolicy quietHours, UserAccounts users, Clock clock) {
        this.visits = visits;
        this.quietHours = quietHours;
        this.users = users;
        this.clock = clock;
    }

    /** The figures for the days {@code from} … {@code to} (inclusive) in the organisation's zone; 422 when reversed or over a year. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Report of(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.onField("to", "visit.coverage.period-invalid");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw RuleViolation.onField("to", "visit.coverage.period-too-long", MAX_DAYS);
        }
        SignedInUser me = SignedInUser.current();
        Long department = me.hasAtLeast(Role.DEPT_MANAGER) ? null : Objects.requireNonNullElse(me.departmentId(), -1L);
        ZoneId zone = quietHours.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<ReturnVisit> served = visits.completedIn(VisitKind.SERVICE, start, end, department);
        long inTime = served.stream().filter(v -> v.getStatus() == VisitStatus.DONE
                && !v.getVisitedAt().isAfter(v.getDueBy())).count();
        long late = served.stream().filter(v -> v.getStatus() == VisitStatus.DONE
                && v.getVisitedAt().isAfter(v.getDueBy())).count();
        int percent = served.isEmpty() ? 100 : (int) (inTime * 100 / served.size());
        List<ReturnVisit> overdue = visits.overdue(EnumSet.of(VisitStatus.PLANNED, VisitStatus.NOT_REACHED),
                Instant.now(clock), department);
        Map<Optional<Long>, Long> byAgent = overdue.stream()
                .collect(Collectors.groupingBy(v -> Optional.ofNullable(v.getAgentId()), Collectors.counting()));
        Map<Long, UserAccount> names = users.byIds(byAgent.keySet().stream().flatMap(Optional::stream).toList());
        List<Debt> debts = byAgent.entrySet().stream()
                .map(e -> new Debt(e.getKey().orElse(null), e.getKey().map(names::get)
                        .map(UserAccount::getDisplayName).orElse(null), e.getValue()))
                .sorted((a, b) -> Long.compare(b.visits(), a.visits())).toList();
        return new Report(from, to, served.size(), inTime, late, served.size() - inTime - late, percent, debts);
    }
}
