package csms.system.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The one stored row of the organisation's working time (seeded with the default by the migration). */
@Entity
@Table(name = "working_time")
class StoredWorkingTime {

    static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Column(name = "working_days", nullable = false)
    private String workingDays;

    @Column(nullable = false)
    private String periods;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected StoredWorkingTime() {
    }

    StoredWorkingTime(WorkingTime time) {
        this.id = SINGLETON_ID;
        this.workingDays = time.storedDays();
        this.periods = time.storedPeriods();
    }

    void change(WorkingTime time, String by, Instant at) {
        this.workingDays = time.storedDays();
        this.periods = time.storedPeriods();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    WorkingTime time() {
        return WorkingTime.fromStored(workingDays, periods);
    }

    WorkingTimeSetting view() {
        return new WorkingTimeSetting(time(), updatedBy, updatedAt, version);
    }

    long version() {
        return version;
    }
}
