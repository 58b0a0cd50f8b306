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

    private final TeamMemberships stints;
    private final BusinessCalendar calendar;

    TeamHistory(TeamMemberships stints, BusinessCalendar calendar) {
        this.stints = stints;
        this.calendar = calendar;
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
