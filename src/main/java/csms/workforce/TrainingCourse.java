package csms.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A course of the training catalogue 培训课程 (WFM-9): name, outline, kind and hours; deactivated, never deleted. An
 * onboarding course is required of the agents who joined their team on or after the day it was created.
 */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    private String outline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseKind kind;
    @Column(nullable = false)
    private BigDecimal hours;
    private boolean active = true;
    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;
    @Version
    private long version;

    protected TrainingCourse() {
    }

    TrainingCourse(LocalDate createdOn) {
        this.createdOn = createdOn;
    }

    void change(String name, String outline, CourseKind kind, BigDecimal hours, boolean active) {
        this.name = name;
        this.outline = outline;
        this.kind = kind;
        this.hours = hours;
        this.active = active;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getOutline() { return outline; }
    public CourseKind getKind() { return kind; }
    public BigDecimal getHours() { return hours; }
    public boolean isActive() { return active; }
    public LocalDate getCreatedOn() { return createdOn; }
    public long getVersion() { return version; }
}
