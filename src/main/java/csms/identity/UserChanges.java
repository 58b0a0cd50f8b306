package csms.identity;

import csms.shared.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An administrator's edit of a user, made against the version they saw. {@code teamFrom}: when the department
 * changes, the first day in the new team (a transfer recorded late; not in the future); empty is today.
 */
public record UserChanges(
        @NotBlank @Size(max = 100) String displayName,
        @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*", message = "{validation.agent-number}") String agentNumber,
        Long departmentId,
        @Email @Size(max = 200) String email,
        @NotEmpty Set<Role> roles,
        long version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teamFrom) {

    /** A change without a dated transfer: a new team starts today. */
    public UserChanges(String displayName, String agentNumber, Long departmentId, String email, Set<Role> roles,
            long version) {
        this(displayName, agentNumber, departmentId, email, roles, version, null);
    }
}
