package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.calendar.BusinessCalendar;
import csms.workforce.internal.MorningMeetingRepository;
import csms.workforce.internal.TrainingCourseRepository;
import csms.workforce.internal.TrainingSessionRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions 培训记录 and experience exchanges 经验交流 (WFM-9): the team's supervisor (HR) records a course given
 * to the team on a day by a trainer, or an exchange's key points, with who of the team was present and who passed
 * (only someone present passes); a change needs the version seen. Keepers see their teams' sessions, everyone else
 * the sessions they were on, with only their own result.
 */
@Service
public class TrainingSessions {

    public static final String SUBJECT = "TrainingSession";
    static final Map<String, String> SORTS = Map.of("day", "sessionDate", "topic", "topic");

    private final TrainingSessionRepository sessions;
    private final TrainingCourseRepository courses;
    private final MorningMeetingRepository meetings;
    private final StaffDirectory staff;
    private final Departments departments;
    private final MorningMeetings morningMeetings;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingSessions(TrainingSessionRepository sessions, TrainingCourseRepository courses,
            MorningMeetingRepository meetings, StaffDirectory staff, Departments departments,
            MorningMeetings morningMeetings, BusinessCalendar calendar, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.meetings = meetings;
        this.staff = staff;
        this.departments = departments;
        this.morningMeetings = morningMeetings;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a new session ({@code id} null) or changes one against the version seen (stale → 409). */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public TrainingSession record(Long id, SessionEntry entry, Long version) {
        TrainingSession s = null;
        if (id != null) {
            s = sessions.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
            if (!staff.reach().mayKeep(s.getDepartmentId())) {
                throw new AccessDeniedException("training.session");
            }
            if (version == null) {
                throw RuleViolation.onField("version", "validation.version");
            }
            ConflictException.requireVersion(version, s.getVersion(), SUBJECT, id);
        }
        Long departmentId = s != null ? Long.valueOf(s.getDepartmentId()) : entry.departmentId();
        if (departmentId == null) {
            throw RuleViolation.onField("departmentId", "validation.required");
        }
        Department team = departments.get(departmentId);
        if (!staff.reach().mayKeep(team.getId())) {
            throw new AccessDeniedException("training.session");
        }
        if (entry.kind() == null) {
            throw RuleViolation.onField("kind", "validation.required");
        }
        String topic = topic(entry, s);
        if (entry.day() == null) {
            throw RuleViolation.onField("day", "validation.required");
        }
        if (entry.day().isAfter(LocalDate.now(clock.withZone(calendar.zone())))) {
            throw RuleViolation.onField("day", "workforce.day.future");
        }
        String trainer = StaffTexts.optional(entry.trainer(), "trainer", 100);
        if (trainer == null) {
            throw RuleViolation.onField("trainer", "validation.required");
        }
        String keyPoints = StaffTexts.optional(entry.keyPoints(), "keyPoints", 4000);
        if (entry.kind() == SessionKind.EXCHANGE && keyPoints == null) {
            throw RuleViolation.onField("keyPoints", "validation.required");
        }
        if (entry.meetingId() != null && meetings.findById(entry.meetingId())
                .filter(m -> m.getDepartmentId() == team.getId()).isEmpty()) {
            throw RuleViolation.onField("meetingId", "training.session.meeting-unknown");
        }
        Set<Long> members = new HashSet<>(memberIds(team.getId()));
        if (s != null) {
            s.getAttendees().forEach(a -> members.add(a.userId()));
        }
        if (!members.containsAll(entry.present())) {
            throw RuleViolation.onField("present", "meeting.not-a-member");
        }
        if (!entry.present().containsAll(entry.passed())) {
            throw RuleViolation.onField("passed", "training.session.passed-absent");
        }
        if (entry.kind() == SessionKind.EXCHANGE && !entry.passed().isEmpty()) {
            throw RuleViolation.onField("passed", "training.session.exchange-no-result");
        }
        SessionEntry clean = new SessionEntry(entry.kind(),
                entry.kind() == SessionKind.TRAINING ? entry.courseId() : null, team.getId(), entry.day(), trainer,
                topic, keyPoints, StaffTexts.optional(entry.note(), "note", 2000), entry.meetingId(),
                entry.present(), entry.passed());
        List<TrainingAttendee> attendees = members.stream().sorted().map(u -> new TrainingAttendee(u,
                clean.present().contains(u), clean.passed().contains(u))).toList();
        boolean created = s == null;
        if (created) {
            s = new TrainingSession(team.getId());
        }
        s.record(clean, topic, attendees, staff.reach().userId(), Instant.now(clock));
        sessions.saveAndFlush(s);
        audit.record(created ? "training.session.recorded" : "training.session.changed", SUBJECT, s.getId(),
                team.getName() + " " + clean.day() + " " + topic, Changes.none().field("kind", null, clean.kind())
                        .field("present", null, clean.present().size()).field("passed", null, clean.passed().size()));
        return s;
    }

    /** A page of the sessions within the reach, of a kind, by a piece of the topic or key points, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<SessionLine> page(SessionKind kind, Long departmentId, String text, PageQuery page) {
        StaffReach reach = staff.reach();
        Page<TrainingSession> found = sessions.search(kind, departmentId, TrainingCourses.like(text),
                reach.everyone(), reach.userId(), StaffFilter.teams(reach),
                page.toPageable(SORTS, Sort.by(Sort.Direction.DESC, "sessionDate").and(Sort.by(Sort.Direction.DESC,
                        "id"))));
        Map<Long, String> courseNames = courseNames(found.map(TrainingSession::getCourseId).toSet());
        Map<Long, String> teams = teamNames();
        return found.map(s -> {
            boolean keeps = reach.mayKeep(s.getDepartmentId());
            TrainingAttendee own = s.getAttendees().stream().filter(a -> a.userId() == reach.userId()).findFirst()
                    .orElse(null);
            return new SessionLine(s.getId(), s.getKind(), s.getSessionDate(), s.getTopic(),
                    courseNames.get(s.getCourseId()), teams.get(s.getDepartmentId()), s.getTrainer(),
                    s.getKeyPoints(), keeps ? count(s, TrainingAttendee::present) : 0,
                    keeps ? count(s, TrainingAttendee::passed) : 0, keeps ? s.getAttendees().size() : 0,
                    own == null ? null : own.present(), own == null ? null : own.passed());
        });
    }

    /** One session: the team's supervisor (HR, managers) sees everyone, an attendee only themself; others 403. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public SessionView view(long id) {
        TrainingSession s = sessions.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        StaffReach reach = staff.reach();
        boolean keeps = reach.mayKeep(s.getDepartmentId());
        List<TrainingAttendee> shown = s.getAttendees().stream().filter(a -> keeps || a.userId() == reach.userId())
                .toList();
        if (shown.isEmpty() && !keeps) {
            throw new AccessDeniedException("training.session");
        }
        Map<Long, UserAccount> names = staff.byIds(shown.stream().map(TrainingAttendee::userId).toList());
        List<SessionView.Line> lines = new ArrayList<>(shown.stream().map(a -> new SessionView.Line(a.userId(),
                Attendance.name(names.get(a.userId())), a.present(), a.passed())).toList());
        lines.sort(Comparator.comparing(SessionView.Line::name));
        return new SessionView(s.getId(), s.getKind(), s.getCourseId(),
                courseNames(s.getCourseId() == null ? Set.of() : Set.of(s.getCourseId())).get(s.getCourseId()),
                s.getDepartmentId(), teamNames().get(s.getDepartmentId()), s.getSessionDate(), s.getTrainer(),
                s.getTopic(), s.getKeyPoints(), s.getNote(), s.getMeetingId(), lines, keeps, s.getVersion());
    }

    /**
     * A new session's form filled from a morning meeting's training item (its team, day, text and who was present);
     * the meeting must be of a team the user keeps.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public SessionEntry fromMeeting(long meetingId) {
        MorningMeeting m = meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException(MorningMeetings.SUBJECT, meetingId));
        if (!staff.reach().mayKeep(m.getDepartmentId())) {
            throw new AccessDeniedException("training.session");
        }
        Set<Long> present = m.getAttendance().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        String text = m.getTraining() != null ? m.getTraining() : m.getExperience();
        SessionKind kind = m.getTraining() != null ? SessionKind.TRAINING : SessionKind.EXCHANGE;
        return new SessionEntry(kind, null, m.getDepartmentId(), m.getMeetingDate(), null, null, text, null,
                m.getId(), present, Set.of());
    }

    private String topic(SessionEntry entry, TrainingSession current) {
        if (entry.kind() == SessionKind.TRAINING) {
            if (entry.courseId() == null) {
                throw RuleViolation.onField("courseId", "validation.required");
            }
            TrainingCourse course = courses.findById(entry.courseId())
                    .orElseThrow(() -> RuleViolation.onField("courseId", "training.session.course-unknown"));
            boolean unchanged = current != null && entry.courseId().equals(current.getCourseId());
            if (!course.isActive() && !unchanged) {
                throw RuleViolation.onField("courseId", "training.session.course-inactive");
            }
            String topic = StaffTexts.optional(entry.topic(), "topic", 200);
            return topic != null ? topic : course.getName();
        }
        String topic = StaffTexts.optional(entry.topic(), "topic", 200);
        if (topic == null) {
            throw RuleViolation.onField("topic", "validation.required");
        }
        return topic;
    }

    private Set<Long> memberIds(long departmentId) {
        return morningMeetings.members(departmentId).stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    private Map<Long, String> courseNames(Set<Long> ids) {
        Set<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return courses.findAllById(wanted).stream()
                .collect(Collectors.toMap(TrainingCourse::getId, TrainingCourse::getName));
    }

    private Map<Long, String> teamNames() {
        return departments.all().stream().collect(Collectors.toMap(Department::getId, Department::getName));
    }

    private static int count(TrainingSession s, java.util.function.Predicate<TrainingAttendee> which) {
        return (int) s.getAttendees().stream().filter(which).count();
    }
}
