package csms.identity.web;

import csms.identity.UserChanges;
import csms.shared.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * The API body of a user change; the version may come in the body or in {@code If-Match}; {@code teamFrom} (ISO date)
 * dates a change of department (the first day in the new team; empty: today).
 */
record UserUpdate(
        @NotBlank @Size(max = 100) String displayName,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*", message = "{validation.agent-number}") String agentNumber,
        Long departmentId,
        @Email @Size(max = 200) String email,
        @NotEmpty Set<Role> roles,
        Long version,
        LocalDate teamFrom) {

    UserChanges toChanges(long version) {
        return new UserChanges(displayName, agentNumber, departmentId, email, roles, version, teamFrom);
    }
}
