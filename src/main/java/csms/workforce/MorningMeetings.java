package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.workforce.internal.MorningMeetingRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Morning meeting minutes (WFM-4): the team's supervisor records the day's meeting — yesterday's problems, today's
 * plan, experience exchange, training — and who of the team's active members was present; the others count as
 * absent. One meeting per team and day; a change needs the version seen.
 */
@Service
public class MorningMeetings {

    public static final String SUBJECT = "MorningMeeting";

    private final MorningMeetingRepository meetings;
    private final StaffDirectory staff;
    private final Departments departments;
    private final csms.identity.UserAccounts users;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    MorningMeetings(MorningMeetingRepository meetings, StaffDirectory staff, Departments departments,
            csms.identity.UserAccounts users, BusinessCalendar calendar, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.staff = staff;
        this.departments = departments;
        this.users = users;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public MorningMeeting record(MeetingMinutes minutes, Long version) {
        if (minutes.departmentId() == null) {
            throw RuleViolation.onField("departmentId", "validation.required");
        }
        Department team = departments.get(minutes.departmentId());
        if (!staff.reach().mayKeep(team.getId())) {
            throw new AccessDeniedException("meeting.record");
        }
        if (minutes.day() == null) {
            throw RuleViolation.onField("day", "validation.required");
        }
        if (minutes.day().isAfter(LocalDate.now(clock.withZone(calendar.zone())))) {
            throw RuleViolation.onField("day", "workforce.day.future");
        }
        MeetingMinutes clean = new MeetingMinutes(team.getId(), minutes.day(),
                StaffTexts.optional(minutes.problems(), "problems", 2000),
                StaffTexts.optional(minutes.plan(), "plan", 2000),
                StaffTexts.optional(minutes.experience(), "experience", 2000),
                StaffTexts.optional(minutes.training(), "training", 2000), minutes.present());
        Set<Long> members = memberIds(team.getId());
        if (!members.containsAll(clean.present())) {
            throw RuleViolation.onField("present", "meeting.not-a-member");
        }
        MorningMeeting m = meetings.findByDepartmentIdAndMeetingDate(team.getId(), clean.day()).orElse(null);
        if (m == null) {
            m = new MorningMeeting(team.getId(), clean.day());
        } else {
            if (version == null) {
                throw RuleViolation.onField("version", "validation.version");
            }
            ConflictException.requireVersion(version, m.getVersion(), SUBJECT, m.getId());
        }
        Map<Long, Boolean> attendance = new LinkedHashMap<>();
        members.forEach(id -> attendance.put(id, clean.present().contains(id)));
        boolean created = m.getId() == null;
        m.record(clean, attendance, SignedInUser.current().id(), Instant.now(clock));
        meetings.saveAndFlush(m);
        audit.record(created ? "meeting.recorded" : "meeting.changed", SUBJECT, m.getId(),
                team.getName() + " " + clean.day(), Changes.none().field("present", null, clean.present().size())
                        .field("absent", null, members.size() - clean.present().size()));
        return m;
    }

    /** The team's meetings of a month, newest first; the team's members, its supervisor, HR and managers see them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MeetingView> month(long departmentId, YearMonth month) {
        if (!staff.reach().mayKeep(departmentId)
                && !Long.valueOf(departmentId).equals(SignedInUser.current().departmentId())) {
            throw new AccessDeniedException("meeting.month");
        }
        List<MorningMeeting> found = meetings.findByDepartmentIdAndMeetingDateBetweenOrderByMeetingDateDesc(
                departmentId, month.atDay(1), month.atEndOfMonth());
        Set<Long> people = new HashSet<>();
        found.forEach(m -> people.addAll(m.getAttendance().keySet()));
        Map<Long, UserAccount> names = staff.byIds(people);
        return found.stream().map(m -> new MeetingView(m.getId(), m.getMeetingDate(), m.getProblems(), m.getPlan(),
                m.getExperience(), m.getTraining(), names(m, true, names), names(m, false, names),
                m.getAttendance().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()), m.getVersion()))
                .toList();
    }

    /** The team's active members, to tick who was present. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<StaffMember> members(Long departmentId) {
        if (departmentId == null) {
            return List.of();
        }
        return users.byIds(memberIds(departmentId)).values().stream()
                .map(u -> new StaffMember(u.getId(), u.getDisplayName(), u.getDepartmentId()))
                .sorted(Comparator.comparing(StaffMember::name)).toList();
    }

    private Set<Long> memberIds(long departmentId) {
        return users.byIds(users.departmentMemberIds(departmentId)).values().stream().filter(UserAccount::isEnabled)
                .map(UserAccount::getId).collect(Collectors.toSet());
    }

    private static List<String> names(MorningMeeting m, boolean present, Map<Long, UserAccount> names) {
        return m.getAttendance().entrySet().stream().filter(e -> e.getValue() == present)
                .map(e -> Attendance.name(names.get(e.getKey()))).sorted().toList();
    }
}
