package csms.workforce;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The minutes of a team's morning meeting (WFM-4), with who of the team was present. */
@Entity
@Table(name = "morning_meeting")
public class MorningMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "department_id", nullable = false)
    private long departmentId;
    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;
    private String problems;
    private String plan;
    private String experience;
    private String training;
    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "morning_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "user_id")
    @Column(name = "present", nullable = false)
    private Map<Long, Boolean> attendance = new HashMap<>();
    @Version
    private long version;

    protected MorningMeeting() {
    }

    MorningMeeting(long departmentId, LocalDate meetingDate) {
        this.departmentId = departmentId;
        this.meetingDate = meetingDate;
    }

    void record(MeetingMinutes minutes, Map<Long, Boolean> present, long by, Instant at) {
        this.problems = minutes.problems();
        this.plan = minutes.plan();
        this.experience = minutes.experience();
        this.training = minutes.training();
        this.attendance.clear();
        this.attendance.putAll(present);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() { return id; }
    public long getDepartmentId() { return departmentId; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getProblems() { return problems; }
    public String getPlan() { return plan; }
    public String getExperience() { return experience; }
    public String getTraining() { return training; }
    public Map<Long, Boolean> getAttendance() { return Map.copyOf(attendance); }
    public long getVersion() { return version; }
}
