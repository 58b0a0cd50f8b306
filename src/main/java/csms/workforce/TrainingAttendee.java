package csms.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One team member at a training session (WFM-9): present or absent, passed or not yet. */
@Embeddable
public record TrainingAttendee(@Column(name = "user_id", nullable = false) long userId,
        @Column(nullable = false) boolean present, @Column(nullable = false) boolean passed) {
}
