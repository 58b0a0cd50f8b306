package csms.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A morning meeting in the team's month: the minutes, who was there and who was absent (by name). */
public record MeetingView(long id, LocalDate day, String problems, String plan, String experience, String training,
        List<String> present, List<String> absent, Set<Long> presentIds, long version) {

    public MeetingView {
        presentIds = Set.copyOf(presentIds);
    }
}
