package csms.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * A new agent's onboarding (WFM-9): joined the team on {@code firstDay}, every required course to pass by
 * {@code deadline}; overdue when the deadline has passed and a course is still not passed.
 */
public record OnboardingLine(long userId, String name, String team, LocalDate firstDay, LocalDate deadline,
        boolean done, boolean overdue, List<Check> courses) {

    public OnboardingLine {
        courses = List.copyOf(courses);
    }

    /** A required course: passed (on the first day passed) or not yet. */
    public record Check(long courseId, String name, boolean passed, LocalDate passedOn) {
    }
}
