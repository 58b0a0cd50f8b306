package csms.workforce;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import csms.workforce.internal.ShiftTypeRepository;
import java.time.LocalTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shift types 班次 (WFM-5), seeded day, night and late night; supervisors add and change them (audited). */
@Service
public class ShiftTypes {

    public static final String SUBJECT = "ShiftType";

    private final ShiftTypeRepository shifts;
    private final AuditTrail audit;

    ShiftTypes(ShiftTypeRepository shifts, AuditTrail audit) {
        this.shifts = shifts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ShiftType> all() {
        return shifts.findAllByOrderByStartsAtAscIdAsc();
    }

    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ShiftType create(String name, LocalTime start, LocalTime end) {
        String n = validate(name, start, end);
        if (shifts.existsByName(n)) {
            throw RuleViolation.onField("name", "shift.name-taken", n);
        }
        ShiftType s = shifts.saveAndFlush(new ShiftType(n, start, end));
        audit.record("shift.created", SUBJECT, s.getId(), n, Changes.none().field("start", null, start)
                .field("end", null, end).field("class", null, s.shiftClass()));
        return s;
    }

    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ShiftType update(long id, String name, LocalTime start, LocalTime end, boolean active, long version) {
        ShiftType s = shifts.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        ConflictException.requireVersion(version, s.getVersion(), SUBJECT, id);
        String n = validate(name, start, end);
        if (shifts.existsByNameAndIdNot(n, id)) {
            throw RuleViolation.onField("name", "shift.name-taken", n);
        }
        Changes changes = Changes.none().field("name", s.getName(), n).field("start", s.getStartsAt(), start)
                .field("end", s.getEndsAt(), end).field("active", s.isActive(), active)
                .field("class", s.shiftClass(), ShiftClass.of(start, end));
        s.change(n, start, end, active);
        shifts.saveAndFlush(s);
        audit.record("shift.changed", SUBJECT, id, n, changes);
        return s;
    }

    private static String validate(String name, LocalTime start, LocalTime end) {
        if (name == null || name.isBlank() || name.strip().length() > 40) {
            throw RuleViolation.onField("name", "shift.name-invalid");
        }
        if (start == null) {
            throw RuleViolation.onField("start", "validation.required");
        }
        if (end == null) {
            throw RuleViolation.onField("end", "validation.required");
        }
        return name.strip();
    }
}
