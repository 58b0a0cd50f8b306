package csms.visit;

import csms.customer.CustomerKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A special occasion as a supervisor defines it (VIS-5): its name, kind and day, how many days ahead the visits
 * start, and the customers visited (members only, one kind or any, some grades or any). {@code version} is the
 * one the supervisor saw when editing. Missing name, kind or date are refused by the facade (422 naming the field).
 */
public record OccasionDefinition(@Size(max = VisitOccasion.NAME_MAX) String name, OccasionKind kind,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @Min(0) @Max(VisitOccasion.DAYS_BEFORE_MAX) Integer daysBefore, Boolean membersOnly, CustomerKind customerKind,
        List<String> gradeCodes, Long version) {

    public OccasionDefinition {
        gradeCodes = gradeCodes == null ? List.of() : List.copyOf(gradeCodes);
        membersOnly = Boolean.TRUE.equals(membersOnly);
    }
}
