package csms.identity.web;

import jakarta.validation.constraints.NotBlank;

/** An administrator's new password for a user; the policy is checked by the facade. */
record PasswordReset(@NotBlank String password) {

    static PasswordReset empty() {
        return new PasswordReset("");
    }
}
