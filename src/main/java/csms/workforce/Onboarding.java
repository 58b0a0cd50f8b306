package csms.workforce;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.system.RuleSettings;
import csms.system.calendar.BusinessCalendar;
import csms.system.mail.MailMessage;
import csms.system.mail.OutboundMail;
import csms.workforce.internal.Onboardings;
import csms.workforce.internal.TrainingCourseRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New-agent onboarding 新员工培训 (WFM-9), enforced: an agent (not a supervisor, manager, HR or administrator) must
 * have passed every active onboarding course within {@code workforce.training.onboarding-days} of the first day in
 * their current team (the dated team history; a new account's from its creation). Courses created after the agent
 * joined are not required of them. The supervisor sees their teams' new agents (still inside the window, or not done)
 * with the overdue ones flagged — computed in SQL, a page at a time; HR and managers every team's; the agent their
 * own checklist. A daily sweep mails each team's supervisor the agents newly overdue, once per agent and stint.
 */
@Service
public class Onboarding {

    private static final Set<Role> NOT_AGENTS = EnumSet.complementOf(EnumSet.of(Role.AGENT));

    private final Onboardings onboardings;
    private final TrainingCourseRepository courses;
    private final StaffDirectory staff;
    private final Departments departments;
    private final UserAccounts users;
    private final RuleSettings rules;
    private final BusinessCalendar calendar;
    private final OutboundMail mail;
    private final MessageSource messages;
    private final Clock clock;

    Onboarding(Onboardings onboardings, TrainingCourseRepository courses, StaffDirectory staff,
            Departments departments, UserAccounts users, RuleSettings rules, BusinessCalendar calendar,
            OutboundMail mail, MessageSource messages, Clock clock) {
        this.onboardings = onboardings;
        this.courses = courses;
        this.staff = staff;
        this.departments = departments;
        this.users = users;
        this.rules = rules;
        this.calendar = calendar;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
    }

    /** The onboarding deadline in days after joining (the rule). */
    public int days() {
        return rules.value(TrainingRules.ONBOARDING_DAYS);
    }

    /** A page of the new agents of the teams kept (one team, when given), newest first; only overdue when asked. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public Page<OnboardingLine> page(Long departmentId, boolean overdueOnly, PageQuery page) {
        StaffReach reach = staff.reach();
        if (!reach.keepsAny() || departmentId != null && !reach.mayKeep(departmentId)) {
            throw new AccessDeniedException("training.onboarding");
        }
        LocalDate cutoff = today().minusDays(days());
        Onboardings.Scope scope = new Onboardings.Scope(reach.everyone(), StaffFilter.teams(reach), notAgents(),
                null, departmentId);
        long total = onboardings.count(scope, cutoff, cutoff, overdueOnly);
        List<Onboardings.Stint> found = onboardings.page(scope, cutoff, cutoff, overdueOnly,
                page.page() * page.size(), page.size());
        return new PageImpl<>(lines(found), PageRequest.of(page.page(), page.size()), total);
    }

    /** The signed-in user's own checklist; empty when they are in no team or not an agent. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OnboardingLine> mine() {
        long me = staff.reach().userId();
        List<Onboardings.Stint> found = onboardings.page(new Onboardings.Scope(true, Set.of(-1L), notAgents(), me,
                null), LocalDate.of(1, 1, 1), today().minusDays(days()), false, 0, 1);
        return lines(found).stream().findFirst();
    }

    /**
     * The daily sweep: tells each team's supervisor (by mail, in their language) of the agents whose onboarding became
     * overdue, once per agent and stint. Returns how many agents were reported.
     */
    @Transactional
    public int notifyOverdue() {
        LocalDate cutoff = today().minusDays(days());
        List<Onboardings.Stint> overdue = onboardings.overdueUnnoticed(
                new Onboardings.Scope(true, Set.of(-1L), notAgents(), null, null), cutoff);
        Instant now = Instant.now(clock);
        Map<Long, List<Onboardings.Stint>> byTeam = new LinkedHashMap<>();
        for (Onboardings.Stint s : overdue) {
            if (onboardings.markNotified(s, now)) {
                byTeam.computeIfAbsent(s.departmentId(), d -> new java.util.ArrayList<>()).add(s);
            }
        }
        Map<Long, UserAccount> people = staff.byIds(overdue.stream().map(Onboardings.Stint::userId).toList());
        Map<Long, Department> teams = departments.all().stream()
                .collect(Collectors.toMap(Department::getId, d -> d));
        int told = 0;
        for (Map.Entry<Long, List<Onboardings.Stint>> e : byTeam.entrySet()) {
            told += e.getValue().size();
            Department team = teams.get(e.getKey());
            Long supervisorId = team == null ? null : team.getSupervisorId();
            UserAccount supervisor = supervisorId == null ? null : staff.byIds(Set.of(supervisorId)).get(supervisorId);
            if (supervisor == null || supervisor.getEmail() == null) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(supervisor.getLocale() == null ? "zh-CN" : supervisor.getLocale());
            String who = e.getValue().stream().map(s -> Attendance.name(people.get(s.userId())) + " ("
                    + s.firstDay() + " → " + s.firstDay().plusDays(days()) + ")").collect(Collectors.joining("\n"));
            mail.send(MailMessage.of(supervisor.getEmail(),
                    messages.getMessage("training.overdue-mail.subject", new Object[] { team.getName() }, locale),
                    messages.getMessage("training.overdue-mail.text", new Object[] { team.getName(), who }, locale)));
        }
        return told;
    }

    private List<OnboardingLine> lines(List<Onboardings.Stint> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = found.stream().map(Onboardings.Stint::userId).collect(Collectors.toSet());
        Map<Long, UserAccount> names = staff.byIds(ids);
        Map<Long, Map<Long, LocalDate>> passes = new java.util.HashMap<>();
        onboardings.passes(ids).forEach(p -> passes.computeIfAbsent(p.userId(), u -> new java.util.HashMap<>())
                .put(p.courseId(), p.day()));
        List<TrainingCourse> required = courses.findByKindAndActiveTrueOrderByName(CourseKind.ONBOARDING);
        Map<Long, String> teams = departments.all().stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
        LocalDate today = today();
        int days = days();
        return found.stream().map(s -> {
            Map<Long, LocalDate> passed = passes.getOrDefault(s.userId(), Map.of());
            List<OnboardingLine.Check> checks = required.stream().filter(c -> !c.getCreatedOn().isAfter(s.firstDay()))
                    .map(c -> new OnboardingLine.Check(c.getId(), c.getName(), passed.containsKey(c.getId()),
                            passed.get(c.getId())))
                    .toList();
            boolean done = s.passed() >= s.required();
            LocalDate deadline = s.firstDay().plusDays(days);
            return new OnboardingLine(s.userId(), Attendance.name(names.get(s.userId())), teams.get(s.departmentId()),
                    s.firstDay(), deadline, done, !done && deadline.isBefore(today), checks);
        }).toList();
    }

    /** Everyone who is not only an agent, and every team's supervisor (never empty). */
    private Set<Long> notAgents() {
        Set<Long> ids = new HashSet<>();
        ids.add(-1L);
        users.activeWithAnyRole(NOT_AGENTS).forEach(u -> ids.add(u.getId()));
        departments.all().stream().map(Department::getSupervisorId).filter(java.util.Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}
