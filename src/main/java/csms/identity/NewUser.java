package csms.identity;

import csms.shared.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(
        @NotBlank @Size(min = 2, max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{validation.username}") String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotBlank @Size(min = 8, max = 128) String password,
        @NotEmpty Set<Role> roles,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*", message = "{validation.agent-number}") String agentNumber,
        Long departmentId,
        @Email @Size(max = 200) String email) {
}
