package csms.identity.web;

import csms.identity.Department;

/** A department as the API shows it. */
record DepartmentView(long id, String name, Long supervisorId, long version) {

    static DepartmentView of(Department d) {
        return new DepartmentView(d.getId(), d.getName(), d.getSupervisorId(), d.getVersion());
    }
}
