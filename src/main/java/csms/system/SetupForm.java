package csms.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** First-run setup: the organisation and its first administrator. */
public record SetupForm(
        @NotBlank @Size(max = 100) String organisationName,
        @NotBlank @Size(max = 100) String serviceCentreName,
        @NotBlank @Size(max = 64) String timeZone,
        @NotBlank @Size(min = 2, max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{validation.username}") String adminUsername,
        @NotBlank @Size(max = 100) String adminDisplayName,
        @NotBlank @Size(min = 8, max = 128) String adminPassword,
        @NotBlank String adminPasswordRepeat) {

    public static SetupForm empty() {
        return new SetupForm("", "", "Asia/Shanghai", "", "", "", "");
    }
}
