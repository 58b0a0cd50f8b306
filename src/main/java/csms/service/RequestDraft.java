package csms.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A new service request as the agent enters it (SVC-1, SVC-2). For a complaint the acceptance fields of CMP-1 are
 * required too: complainant, when it was received, what the customer wants, and its severity. {@code crisis} is
 * never null: left out, it is false.
 */
public record RequestDraft(
        @NotNull RequestType type,
        @NotNull Channel channel,
        @NotNull Long customerId,
        @NotBlank @Size(max = ServiceRequest.SUBJECT_MAX) String subject,
        @Size(max = ServiceRequest.DESCRIPTION_MAX) String description,
        Priority priority,
        @Size(max = ServiceRequest.TAGS_MAX) String tags,
        Severity severity,
        Boolean crisis,
        @Size(max = 100) String complainant,
        Instant receivedAt,
        @Size(max = 2000) String customerWants) {

    public RequestDraft {
        crisis = Boolean.TRUE.equals(crisis); // API clients may leave the flag out
        subject = strip(subject);
        description = strip(description);
        tags = normaliseTags(tags);
        complainant = strip(complainant);
        customerWants = strip(customerWants);
    }

    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Tags separated by commas (ASCII or full-width) or spaces, trimmed, without repeats. */
    static String normaliseTags(String tags) {
        if (tags == null) {
            return null;
        }
        String joined = String.join(",", java.util.Arrays.stream(tags.split("[,，;；\\s]+"))
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList());
        return joined.isEmpty() ? null : joined;
    }
}
