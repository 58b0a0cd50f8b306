package csms.identity;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.internal.DepartmentRepository;
import csms.identity.internal.UserAccountRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments and teams, each with a supervisor. */
@Service
public class Departments {

    private final DepartmentRepository departments;
    private final UserAccountRepository users;
    private final AuditTrail audit;

    Departments(DepartmentRepository departments, UserAccountRepository users, AuditTrail audit) {
        this.departments = departments;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Department> all() {
        return departments.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Department get(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
    }

    @Transactional
    public Department create(String name, Long supervisorId) {
        String clean = requireName(name);
        if (departments.existsByName(clean)) {
            throw RuleViolation.onField("name", "validation.department.taken", clean);
        }
        requireUser(supervisorId);
        Department d = departments.save(new Department(clean, supervisorId));
        audit.record("department.created", "Department", d.getId(), clean,
                Changes.none().field("supervisorId", null, supervisorId));
        return d;
    }

    @Transactional
    public Department update(long id, String name, Long supervisorId, long version) {
        Department d = get(id);
        ConflictException.requireVersion(version, d.getVersion(), "Department", id);
        String clean = requireName(name);
        if (!clean.equals(d.getName()) && departments.existsByName(clean)) {
            throw RuleViolation.onField("name", "validation.department.taken", clean);
        }
        requireUser(supervisorId);
        Changes changes = Changes.none().field("name", d.getName(), clean).field("supervisorId", d.getSupervisorId(), supervisorId);
        d.rename(clean);
        d.appointSupervisor(supervisorId);
        departments.saveAndFlush(d);
        audit.record("department.updated", "Department", id, clean, changes);
        return d;
    }

    private void requireUser(Long userId) {
        if (userId != null && !users.existsById(userId)) {
            throw RuleViolation.onField("supervisorId", "validation.user.unknown", userId);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw RuleViolation.onField("name", "validation.department.name");
        }
        return name.strip();
    }
}
