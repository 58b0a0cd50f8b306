package csms.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What an agent enters to file a contact: when (default now, never in the future), the channel, a summary. */
public record ContactRecordDraft(Instant contactedAt, @NotNull ContactChannel channel,
        @NotBlank @Size(max = ContactRecord.SUMMARY_MAX) String summary) {
}
