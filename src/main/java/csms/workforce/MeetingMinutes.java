package csms.workforce;

import java.time.LocalDate;
import java.util.Set;

/**
 * The minutes of a morning meeting as entered (WFM-4): team, day, yesterday's problems, today's plan, experience
 * exchange, training, and who of the team was present (the others were absent).
 */
public record MeetingMinutes(Long departmentId, LocalDate day, String problems, String plan, String experience,
        String training, Set<Long> present) {

    public MeetingMinutes {
        present = present == null ? Set.of() : Set.copyOf(present);
    }
}
