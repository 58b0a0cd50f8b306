package csms.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One working day of a team's duty rota 值日表 (WFM-3): who is on duty. */
@Entity
@Table(name = "duty_rota_day")
public class DutyRotaDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "department_id", nullable = false)
    private long departmentId;
    @Column(name = "duty_date", nullable = false)
    private LocalDate dutyDate;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "generated_by", nullable = false)
    private long generatedBy;
    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    protected DutyRotaDay() {
    }

    DutyRotaDay(long departmentId, LocalDate dutyDate, long userId, long generatedBy, Instant generatedAt) {
        this.departmentId = departmentId;
        this.dutyDate = dutyDate;
        this.userId = userId;
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt;
    }

    public Long getId() { return id; }
    public long getDepartmentId() { return departmentId; }
    public LocalDate getDutyDate() { return dutyDate; }
    public long getUserId() { return userId; }
}
