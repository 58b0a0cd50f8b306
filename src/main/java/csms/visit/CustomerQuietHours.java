package csms.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer's own rest time (VIS-1), a clock-time window in which the customer is not called. */
@Entity
@Table(name = "visit_customer_quiet_hours")
public class CustomerQuietHours {

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "starts_minute", nullable = false)
    private int startsMinute;

    @Column(name = "ends_minute", nullable = false)
    private int endsMinute;

    @Version
    private long version;

    protected CustomerQuietHours() {
    }

    CustomerQuietHours(long customerId, QuietHours.Window window) {
        this.customerId = customerId;
        change(window);
    }

    void change(QuietHours.Window window) {
        this.startsMinute = window.start();
        this.endsMinute = window.end();
    }

    public QuietHours.Window window() {
        return new QuietHours.Window(startsMinute, endsMinute);
    }

    public Long getCustomerId() {
        return customerId;
    }

    public long getVersion() {
        return version;
    }
}
