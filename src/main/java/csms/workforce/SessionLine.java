package csms.workforce;

import java.time.LocalDate;

/**
 * A session in the list (WFM-9): for a keeper the team's counts, for an attendee their own result ({@code ownPresent}
 * and {@code ownPassed} null when they were not on it).
 */
public record SessionLine(long id, SessionKind kind, LocalDate day, String topic, String courseName, String team,
        String trainer, String keyPoints, int present, int passed, int size, Boolean ownPresent, Boolean ownPassed) {
}
