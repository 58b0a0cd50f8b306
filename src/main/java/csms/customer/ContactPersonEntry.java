package csms.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A contact person 联系人 as the user typed it; a row without a name is ignored. */
public record ContactPersonEntry(@Size(max = 100) String name, @Size(max = 100) String jobTitle,
        @ValidPhone String phone, @Email @Size(max = 200) String email) {

    public boolean isBlank() {
        return name == null || name.isBlank();
    }
}
