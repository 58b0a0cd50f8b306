package csms.workforce;

import java.time.LocalDate;

/** A work log in the list, with whether the signed-in user may review it. */
public record WorkLogLine(long id, long userId, String person, LocalDate day, String content,
        String specialSituation, boolean reviewed, String reviewer, String reviewComment, long version,
        boolean mayReview) {
}
