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
        return of(from, to, null, null);
    }

    /**
     * The figures narrowed to a department and/or an agent (null: any). A supervisor's figures never leave the own
     * team: another department's filter gives nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Report of(LocalDate from, LocalDate to, Long departmentId, Long agentId) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.onField("to", "visit.coverage.period-invalid");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw RuleViolation.onField("to", "visit.coverage.period-too-long", MAX_DAYS);
        }
        Long department = departmentWithin(departmentId);
        ZoneId zone = quietHours.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Object[] counts = visits.coverageCounts(VisitKind.SERVICE, start, end, department, agentId).getFirst();
        long served = ((Number) counts[0]).longValue();
        long inTime = ((Number) counts[1]).longValue();
        long late = ((Number) counts[2]).longValue();
        int percent = served == 0 ? 100 : (int) (inTime * 100 / served);
        List<Object[]> overdue = visits.overdueByAgent(EnumSet.of(VisitStatus.PLANNED, VisitStatus.NOT_REACHED),
                Instant.now(clock), department, agentId);
        Map<Long, UserAccount> names = users.byIds(overdue.stream().map(r -> (Long) r[0]).filter(Objects::nonNull)
                .toList());
        List<Debt> debts = overdue.stream().map(r -> new Debt((Long) r[0], Optional.ofNullable((Long) r[0])
                .map(names::get).map(UserAccount::getDisplayName).orElse(null), ((Number) r[1]).longValue())).toList();
        return new Report(from, to, served, inTime, late, served - inTime - late, percent, debts);
    }

    /** The department to count: a manager's choice, or the supervisor's own team (-1, nobody's, for another). */
    private static Long departmentWithin(Long requested) {
        SignedInUser me = SignedInUser.current();
        if (me.hasAtLeast(Role.DEPT_MANAGER)) {
            return requested;
        }
        long own = Objects.requireNonNullElse(me.departmentId(), -1L);
        return requested == null || requested == own ? own : -1L;
    }
}
