package csms.workforce;

import csms.identity.TeamChanged;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.workforce.internal.TeamMemberships;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belonged to which team on which days (the dated team history), kept from the identity module's
 * {@link TeamChanged} events in the same transaction as the change. A move on day D (the administrator's date of the
 * transfer, never in the future nor before the day the person joined the current team — refused on {@code teamFrom},
 * which rolls the change back — or else today) ends the old team on D − 1 and
 * starts the new one on D; leaving (disabled, or no team) ends the team on D, the day still worked. Days are those of
 * the organisation's business calendar time zone. Read for the pro-rata commission shares (PAY-3) and the roster's
 * days in a team (WFM-5); no role check here — the callers guard their pages.
 */
@Service
public class TeamHistory {

    public static final String SUBJECT = "TeamMembership";

    /** A stretch of days in one team, named, for the history page; {@code lastDay} null while it lasts. */
    public record Stint(long id, long departmentId, String team, LocalDate firstDay, LocalDate lastDay) {
    }

    private final TeamMemberships stints;
    private final BusinessCalendar calendar;
    private final StaffDirectory staff;
    private final csms.identity.Departments departments;
    private final csms.audit.AuditTrail audit;
    private final java.time.Clock clock;

    TeamHistory(TeamMemberships stints, BusinessCalendar calendar, StaffDirectory staff,
            csms.identity.Departments departments, csms.audit.AuditTrail audit, java.time.Clock clock) {
        this.stints = stints;
        this.calendar = calendar;
        this.staff = staff;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person's stints, newest first, for HR and managers (403 otherwise). */
    @Transactional(readOnly = true)
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public java.util.List<Stint> of(long userId) {
        requireEveryone();
        Map<Long, String> names = new java.util.HashMap<>();
        departments.all().forEach(d -> names.put(d.getId(), d.getName()));
        return stints.of(userId).stream().map(s -> new Stint(s.id(), s.departmentId(),
                names.getOrDefault(s.departmentId(), "#" + s.departmentId()), s.firstDay(), s.lastDay())).toList();
    }

    /**
     * Corrects the first day of a person's latest stint (a transfer dated wrongly): not in the future, not after the
     * stint's own last day, and after the first day of the stint before it when the two are adjacent (its last day
     * then moves with it), else after that stint's last day — stints never overlap. HR and managers; audited. Two HR
     * users correcting at once: the later date wins (the page shows the stints as they are).
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('HR', 'DEPT_MANAGER')")
    public void correctFirstDay(long userId, LocalDate firstDay) {
        requireEveryone();
        if (firstDay == null) {
            throw RuleViolation.onField("firstDay", "validation.required");
        }
        java.util.List<TeamMemberships.Stint> all = stints.of(userId);
        if (all.isEmpty()) {
            throw new csms.shared.NotFoundException(SUBJECT, userId);
        }
        TeamMemberships.Stint latest = all.getFirst();
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        if (firstDay.isAfter(today) || latest.lastDay() != null && firstDay.isAfter(latest.lastDay())) {
            throw RuleViolation.onField("firstDay", "team.from-future");
        }
        Optional<TeamMemberships.Stint> before = all.stream().skip(1).findFirst();
        boolean adjacent = before.isPresent() && latest.firstDay().minusDays(1).equals(before.get().lastDay());
        // adjacent: the stint before ends where this one starts and moves with it; otherwise it must not overlap
        LocalDate notBefore = before.map(b -> adjacent || b.lastDay() == null ? b.firstDay() : b.lastDay())
                .orElse(null);
        if (notBefore != null && !firstDay.isAfter(notBefore)) {
            throw RuleViolation.onField("firstDay", "team.history.too-early", notBefore);
        }
        if (firstDay.equals(latest.firstDay())) {
            return;
        }
        stints.moveStart(latest.id(), firstDay);
        if (adjacent) {
            stints.end(before.get().id(), firstDay.minusDays(1));
        }
        audit.record("team.stint-corrected", SUBJECT, latest.id(), staff.person(userId, "userId").getDisplayName(),
                csms.audit.Changes.none().field("firstDay", latest.firstDay(), firstDay));
    }

    private void requireEveryone() {
        if (!staff.reach().everyone()) {
            throw new org.springframework.security.access.AccessDeniedException("team.history");
        }
    }

    @EventListener
    @Transactional
    public void on(TeamChanged change) {
        LocalDate today = change.at().atZone(calendar.zone()).toLocalDate();
        LocalDate day = change.from() == null ? today : change.from();
        if (day.isAfter(today)) {
            throw RuleViolation.onField("teamFrom", "team.from-future");
        }
        Optional<TeamMemberships.Stint> open = stints.open(change.userId());
        if (open.isPresent()) {
            TeamMemberships.Stint current = open.get();
            if (change.departmentId() != null && current.departmentId() == change.departmentId()) {
                return;
            }
            if (change.departmentId() == null) {
                stints.end(current.id(), day.isBefore(current.firstDay()) ? current.firstDay() : day);
                return;
            }
            if (day.isBefore(current.firstDay())) {
                throw RuleViolation.onField("teamFrom", "team.from-before-current", current.firstDay());
            }
            if (current.firstDay().equals(day)) { // joined and moved the same day: the day counts for the new team
                stints.moveTo(current.id(), change.departmentId());
                return;
            }
            stints.end(current.id(), day.minusDays(1));
        }
        if (change.departmentId() != null) {
            stints.start(change.userId(), change.departmentId(), day);
        }
    }

    /**
     * For each person with days in a team in the month (of the given people, or everyone when null): the days in each
     * team. A day is counted once, for the team the person joined last that day.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, Integer>> daysInTeams(YearMonth month, Collection<Long> people) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, Map<LocalDate, Long>> teamOfDay = new LinkedHashMap<>();
        for (TeamMemberships.Stint s : stints.touching(from, to, people)) {
            Map<LocalDate, Long> days = teamOfDay.computeIfAbsent(s.userId(), u -> new TreeMap<>());
            LocalDate first = s.firstDay().isAfter(from) ? s.firstDay() : from;
            LocalDate last = s.lastDay() == null || s.lastDay().isAfter(to) ? to : s.lastDay();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                days.put(d, s.departmentId());
            }
        }
        Map<Long, Map<Long, Integer>> result = new LinkedHashMap<>();
        teamOfDay.forEach((user, days) -> {
            Map<Long, Integer> perTeam = new LinkedHashMap<>();
            days.values().forEach(team -> perTeam.merge(team, 1, Integer::sum));
            if (!perTeam.isEmpty()) {
                result.put(user, perTeam);
            }
        });
        return result;
    }
}
