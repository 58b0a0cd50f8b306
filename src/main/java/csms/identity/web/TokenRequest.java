package csms.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal API token: a name and an optional validity in days (none: valid until revoked). */
record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer validDays) {

    static TokenRequest empty() {
        return new TokenRequest("", null);
    }
}
