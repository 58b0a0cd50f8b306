package csms.workforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A training session 培训记录 or experience exchange 经验交流 (WFM-9): given to a team on a day by a trainer, with who
 * of the team attended and passed; an exchange keeps its key points.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionKind kind;
    @Column(name = "course_id")
    private Long courseId;
    @Column(name = "department_id", nullable = false)
    private long departmentId;
    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;
    @Column(nullable = false)
    private String trainer;
    @Column(nullable = false)
    private String topic;
    @Column(name = "key_points")
    private String keyPoints;
    private String note;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_attendee", joinColumns = @JoinColumn(name = "session_id"))
    private List<TrainingAttendee> attendees = new ArrayList<>();
    @Version
    private long version;

    protected TrainingSession() {
    }

    TrainingSession(long departmentId) {
        this.departmentId = departmentId;
    }

    void record(SessionEntry entry, String topic, List<TrainingAttendee> attendees, long by, Instant at) {
        this.kind = entry.kind();
        this.courseId = entry.courseId();
        this.sessionDate = entry.day();
        this.trainer = entry.trainer();
        this.topic = topic;
        this.keyPoints = entry.keyPoints();
        this.note = entry.note();
        this.meetingId = entry.meetingId();
        this.attendees.clear();
        this.attendees.addAll(attendees);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() { return id; }
    public SessionKind getKind() { return kind; }
    public Long getCourseId() { return courseId; }
    public long getDepartmentId() { return departmentId; }
    public LocalDate getSessionDate() { return sessionDate; }
    public String getTrainer() { return trainer; }
    public String getTopic() { return topic; }
    public String getKeyPoints() { return keyPoints; }
    public String getNote() { return note; }
    public Long getMeetingId() { return meetingId; }
    public List<TrainingAttendee> getAttendees() { return List.copyOf(attendees); }
    public long getVersion() { return version; }
}
