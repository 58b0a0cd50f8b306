package csms.workforce;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a supervisor records of a session (WFM-9): a course (for a training) given to a team on a day by a trainer, or
 * an exchange's topic and key points; who was present and who passed (of the team's members), a note, and the
 * morning meeting it was part of, if any.
 */
public record SessionEntry(SessionKind kind, Long courseId, Long departmentId, LocalDate day, String trainer,
        String topic, String keyPoints, String note, Long meetingId, Set<Long> present, Set<Long> passed) {

    public SessionEntry {
        present = present == null ? Set.of() : Set.copyOf(present);
        passed = passed == null ? Set.of() : Set.copyOf(passed);
    }
}
