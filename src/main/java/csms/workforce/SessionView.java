package csms.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * A session with its attendance (WFM-9): the whole team for a keeper ({@code mayEdit}), only the reader's own line for
 * an attendee.
 */
public record SessionView(long id, SessionKind kind, Long courseId, String courseName, long departmentId, String team,
        LocalDate day, String trainer, String topic, String keyPoints, String note, Long meetingId,
        List<Line> attendees, boolean mayEdit, long version) {

    public SessionView {
        attendees = List.copyOf(attendees);
    }

    /** One person at the session. */
    public record Line(long userId, String name, boolean present, boolean passed) {
    }
}
