package csms.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;

/** The organisation this installation serves, set at first-run setup. */
@Entity
@Table(name = "organisation")
public class Organisation {

    static final long SINGLETON_ID = 1L;

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "service_centre_name", nullable = false)
    private String serviceCentreName;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "setup_completed_at", nullable = false)
    private Instant setupCompletedAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String name, String serviceCentreName, ZoneId timeZone, Instant setupCompletedAt) {
        this.id = SINGLETON_ID;
        this.setupCompletedAt = setupCompletedAt;
        describe(name, serviceCentreName, timeZone);
    }

    void describe(String name, String serviceCentreName, ZoneId timeZone) {
        this.name = name.strip();
        this.serviceCentreName = serviceCentreName.strip();
        this.timeZone = timeZone.getId();
    }

    public String getName() {
        return name;
    }

    /** Used in scripts: "您好,{serviceCentreName},{agentNumber}号为您服务". */
    public String getServiceCentreName() {
        return serviceCentreName;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getSetupCompletedAt() {
        return setupCompletedAt;
    }

    public long getVersion() {
        return version;
    }
}
