package csms.identity;

import csms.shared.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An administrator's edit of a user, made against the version they saw. */
public record UserChanges(
        @NotBlank @Size(max = 100) String displayName,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*", message = "{validation.agent-number}") String agentNumber,
        Long departmentId,
        @Email @Size(max = 200) String email,
        @NotEmpty Set<Role> roles,
        long version) {
}
