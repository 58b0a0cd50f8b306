package csms.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Creating or changing a department (page form and API body); {@code version} is needed only to change one. */
record DepartmentForm(@NotBlank @Size(max = 100) String name, Long supervisorId, Long version) {

    static DepartmentForm empty() {
        return new DepartmentForm("", null, null);
    }
}
