package csms.customer;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A grade of the classification standard as a supervisor defines it (CUS-3); {@code version} is the one they saw
 * when revising (ignored when creating).
 */
public record GradeDefinition(
        @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9]+", message = "{customer.grade.code-format}") String code,
        @NotBlank @Size(max = 50) String name,
        @Size(max = 500) String criteria,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal minAnnualSales,
        @Min(1) @Max(5) Integer minPotential,
        Boolean requiresAgreement,
        @NotNull @Min(1) @Max(999) Integer rankOrder,
        Long version) {

    public GradeDefinition {
        requiresAgreement = Boolean.TRUE.equals(requiresAgreement);
    }
}
