package csms.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A person's attendance on a day (WFM-2): minutes late, minutes left early, absence in days (0, ½ or 1). */
@Entity
@Table(name = "attendance_record")
public class AttendanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "department_id")
    private Long departmentId;
    @Column(name = "work_date", nullable = false)
    private LocalDate workDate;
    @Column(name = "late_minutes", nullable = false)
    private int lateMinutes;
    @Column(name = "early_leave_minutes", nullable = false)
    private int earlyLeaveMinutes;
    @Column(name = "absence_days", nullable = false)
    private BigDecimal absenceDays = BigDecimal.ZERO;
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    private long version;

    protected AttendanceRecord() {
    }

    AttendanceRecord(long userId, Long departmentId, LocalDate workDate) {
        this.userId = userId;
        this.departmentId = departmentId;
        this.workDate = workDate;
    }

    /** True when the figures or the note differ from the record's. */
    boolean differs(int late, int early, BigDecimal absence, String text) {
        return id == null || lateMinutes != late || earlyLeaveMinutes != early || absenceDays.compareTo(absence) != 0
                || !Objects.equals(note, text);
    }

    void set(int late, int early, BigDecimal absence, String text, long by, Instant at) {
        this.lateMinutes = late;
        this.earlyLeaveMinutes = early;
        this.absenceDays = absence;
        this.note = text;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public Long getDepartmentId() { return departmentId; }
    public LocalDate getWorkDate() { return workDate; }
    public int getLateMinutes() { return lateMinutes; }
    public int getEarlyLeaveMinutes() { return earlyLeaveMinutes; }
    public BigDecimal getAbsenceDays() { return absenceDays; }
    public String getNote() { return note; }
    public long getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public long getVersion() { return version; }
}
