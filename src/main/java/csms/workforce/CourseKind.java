package csms.workforce;

/** The kind of a training course (WFM-9): onboarding, required of every new agent, or further training. */
public enum CourseKind {
    ONBOARDING,
    FURTHER;

    public String labelKey() {
        return "training.course.kind." + name();
    }
}
