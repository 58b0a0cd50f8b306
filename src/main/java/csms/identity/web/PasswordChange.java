package csms.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The user's own password change: the current one, the new one and its repetition. */
record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String newPasswordRepeat) {

    static PasswordChange empty() {
        return new PasswordChange("", "", "");
    }
}
