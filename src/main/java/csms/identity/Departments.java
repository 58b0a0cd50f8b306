package csms.identity;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.internal.DepartmentRepository;
import csms.identity.internal.UserAccountRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Departments and teams, each with a supervisor. */
@Service
public class Departments {

    static final Set<String> SORTS = Set.of("name", "id");

    private final DepartmentRepository departments;
    private final UserAccountRepository users;
    private final AuditTrail audit;

    Departments(DepartmentRepository departments, UserAccountRepository users, AuditTrail audit) {
        this.departments = departments;
        this.users = users;
        this.audit = audit;
    }

    /** Every department, by name. */
    @Transactional(readOnly = true)
    public List<Department> all() {
        return departments.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Department get(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
    }

    /** A page of departments, sorted by an allowed field (name by default). */
    @Transactional(readOnly = true)
    public Page<Department> page(PageQuery page) {
        return departments.findAll(page.toPageable(SORTS, Sort.by("name")));
    }

    /** Creates a department with a unique name and an optional supervisor. */
    @Transactional
    public Department create(String name, Long supervisorId) {
        String clean = requireName(name);
        if (departments.existsByName(clean)) {
            throw RuleViolation.onField("name", "validation.department.taken", clean);
        }
        requireSupervisor(supervisorId);
        Department d = departments.save(new Department(clean, supervisorId));
        audit.record("department.created", "Department", d.getId(), clean,
                Changes.none().field("supervisorId", null, supervisorId));
        return d;
    }

    /** Renames a department and appoints its supervisor, against the version the user saw. */
    @Transactional
    public Department update(long id, String name, Long supervisorId, long version) {
        Department d = get(id);
        ConflictException.requireVersion(version, d.getVersion(), "Department", id);
        String clean = requireName(name);
        if (!clean.equals(d.getName()) && departments.existsByName(clean)) {
            throw RuleViolation.onField("name", "validation.department.taken", clean);
        }
        requireSupervisor(supervisorId);
        Changes changes = Changes.none().field("name", d.getName(), clean).field("supervisorId", d.getSupervisorId(), supervisorId);
        d.rename(clean);
        d.appointSupervisor(supervisorId);
        departments.saveAndFlush(d);
        audit.record("department.updated", "Department", id, clean, changes);
        return d;
    }

    /** A supervisor must be an enabled user holding SUPERVISOR or a role above it. */
    private void requireSupervisor(Long userId) {
        if (userId == null) {
            return;
        }
        UserAccount user = users.findById(userId)
                .orElseThrow(() -> RuleViolation.onField("supervisorId", "validation.user.unknown", userId));
        boolean supervising = user.getRoles().stream().anyMatch(r -> RoleHierarchy.includes(r, Role.SUPERVISOR));
        if (!user.isEnabled() || !supervising) {
            throw RuleViolation.onField("supervisorId", "identity.department.supervisor-role", user.getDisplayName());
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw RuleViolation.onField("name", "validation.department.name");
        }
        return name.strip();
    }
}
