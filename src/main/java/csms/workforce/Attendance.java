package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.workforce.internal.AttendanceRecordRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance (WFM-2): lateness and early leave in minutes, absence in days (½ or 1) per person and day, entered by
 * the supervisor or imported; one record per person and day, so an import of the same rows again changes nothing.
 * Listed per team and month; read per person and month for pay.
 */
@Service
public class Attendance {

    public static final String SUBJECT = "Attendance";
    static final Map<String, String> SORTS = Map.of("day", "workDate", "person", "userId");
    static final Sort DEFAULT_SORT = Sort.by("workDate", "userId");
    static final int MAX_MINUTES = 24 * 60;
    private static final Set<BigDecimal> ABSENCES = Set.of(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE);

    private final AttendanceRecordRepository records;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final OrganisationSettings organisation;
    private final Clock clock;
    private final Leaves leaves;

    Attendance(AttendanceRecordRepository records, StaffDirectory staff, AuditTrail audit,
            OrganisationSettings organisation, Clock clock, Leaves leaves) {
        this.organisation = organisation;
        this.leaves = leaves;
        this.records = records;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user's reach over staff records. */
    public StaffReach reach() {
        return staff.reach();
    }

    /** The people whose records the signed-in user keeps (for the entry forms). */
    @Transactional(readOnly = true)
    public List<StaffMember> keptPeople() {
        return staff.keptPeople(staff.reach());
    }

    /** The teams the signed-in user may list (for the filters). */
    @Transactional(readOnly = true)
    public List<csms.identity.Department> teams() {
        return staff.teams(staff.reach());
    }

    /**
     * Records a person's day, or changes it against the version seen (stale → 409; none given for an existing day →
     * 422 on {@code version}). Only the person's supervisor, HR and managers keep attendance.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public AttendanceRecord record(AttendanceEntry entry, Long version) {
        return save(entry, version, false);
    }

    /** Records an imported day: a day already recorded takes the imported figures, the same figures change nothing. */
    @Transactional
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public AttendanceRecord importDay(AttendanceEntry entry) {
        return save(entry, null, true);
    }

    private AttendanceRecord save(AttendanceEntry entry, Long version, boolean imported) {
        UserAccount person = staff.keptPerson(staff.reach(), entry.userId(), "userId");
        LocalDate day = entry.day();
        if (day == null) {
            throw RuleViolation.onField("day", "validation.required");
        }
        if (day.isAfter(LocalDate.now(clock.withZone(organisation.zone())))) {
            throw RuleViolation.onField("day", "workforce.day.future");
        }
        int late = minutes(entry.lateMinutes(), "lateMinutes");
        int early = minutes(entry.earlyLeaveMinutes(), "earlyLeaveMinutes");
        BigDecimal absence = entry.absenceDays() == null ? BigDecimal.ZERO : entry.absenceDays().stripTrailingZeros();
        if (ABSENCES.stream().noneMatch(a -> a.compareTo(absence) == 0)) {
            throw RuleViolation.onField("absenceDays", "attendance.absence-invalid");
        }
        // approved leave (WFM-1) is not absence: the day's absence and leave together are at most one day
        int leaveHalves = leaves.approvedLeaveDays(List.of(person.getId()), day, day)
                .getOrDefault(person.getId(), Map.of()).getOrDefault(day, 0);
        if (leaveHalves > 0 && absence.multiply(BigDecimal.TWO).intValue() + leaveHalves > 2) {
            throw RuleViolation.onField("absenceDays", "attendance.absence-on-leave",
                    BigDecimal.valueOf(leaveHalves).divide(BigDecimal.TWO).stripTrailingZeros().toPlainString());
        }
        String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
        if (note != null && note.length() > 500) {
            throw RuleViolation.onField("note", "workforce.text.too-long", 500);
        }
        AttendanceRecord r = records.findByUserIdAndWorkDate(person.getId(), day).orElse(null);
        Changes changes = Changes.none();
        if (r == null) {
            r = new AttendanceRecord(person.getId(), person.getDepartmentId(), day);
        } else {
            if (!imported) {
                if (version == null) {
                    throw RuleViolation.onField("version", "validation.version");
                }
                ConflictException.requireVersion(version, r.getVersion(), SUBJECT, r.getId());
            }
            changes = changes.field("lateMinutes", r.getLateMinutes(), late)
                    .field("earlyLeaveMinutes", r.getEarlyLeaveMinutes(), early)
                    .field("absenceDays", r.getAbsenceDays().stripTrailingZeros().toPlainString(),
                            absence.toPlainString());
        }
        if (!r.differs(late, early, absence.setScale(1), note)) {
            return r;
        }
        boolean created = r.getId() == null;
        r.set(late, early, absence.setScale(1), note, SignedInUser.current().id(), Instant.now(clock));
        records.saveAndFlush(r);
        if (created) {
            changes = changes.field("lateMinutes", null, late).field("earlyLeaveMinutes", null, early)
                    .field("absenceDays", null, absence.toPlainString());
        }
        audit.record(imported ? "attendance.import-recorded" : "attendance.recorded", SUBJECT, r.getId(),
                person.getDisplayName() + " " + day, changes);
        return r;
    }

    private static int minutes(Integer value, String field) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > MAX_MINUTES) {
            throw RuleViolation.onField(field, "validation.range", 0, MAX_MINUTES);
        }
        return value;
    }

    /** A page of the month's records within the user's reach (a person sees their own). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<AttendanceLine> list(StaffFilter filter, PageQuery page) {
        return slice(filter, page.toPageable(SORTS, DEFAULT_SORT));
    }

    /** One slice of the list for the export, in the given (stable) order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<AttendanceLine> slice(StaffFilter filter, Pageable pageable) {
        StaffReach reach = staff.reach();
        Page<AttendanceRecord> found = records.search(filter.from(), filter.to(), filter.departmentId(),
                filter.userId(), reach.everyone(), reach.userId(), StaffFilter.teams(reach), pageable);
        Map<Long, UserAccount> people = staff.byIds(found.map(AttendanceRecord::getUserId).toSet());
        return found.map(r -> new AttendanceLine(r.getId(), r.getUserId(), name(people.get(r.getUserId())),
                r.getDepartmentId(), r.getWorkDate(), r.getLateMinutes(), r.getEarlyLeaveMinutes(),
                r.getAbsenceDays().stripTrailingZeros(), r.getNote(), r.getVersion()));
    }

    /** A person's attendance in a month (for pay); the person, their supervisor, HR and managers may read it. */
    @Transactional(readOnly = true)
    public AttendanceMonth month(long userId, YearMonth month) {
        StaffFilter f = new StaffFilter(month, null, userId);
        List<AttendanceRecord> days = records.findByUserIdAndWorkDateBetweenOrderByWorkDate(userId, f.from(),
                month.atEndOfMonth());
        staff.requireMonthReader(userId, false);
        return new AttendanceMonth(userId, month, (int) days.stream().filter(d -> d.getLateMinutes() > 0).count(),
                days.stream().mapToInt(AttendanceRecord::getLateMinutes).sum(),
                (int) days.stream().filter(d -> d.getEarlyLeaveMinutes() > 0).count(),
                days.stream().mapToInt(AttendanceRecord::getEarlyLeaveMinutes).sum(),
                days.stream().map(AttendanceRecord::getAbsenceDays).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .stripTrailingZeros());
    }

    static String name(UserAccount user) {
        return user == null ? "" : user.getDisplayName();
    }
}
