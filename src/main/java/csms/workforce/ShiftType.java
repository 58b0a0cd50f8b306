package csms.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

/** A shift type 班次 (WFM-5): name, start and end (an end at or before the start is on the next day). */
@Entity
@Table(name = "shift_type")
public class ShiftType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    private boolean active = true;

    @Version
    private long version;

    protected ShiftType() {
    }

    ShiftType(String name, LocalTime startsAt, LocalTime endsAt) {
        change(name, startsAt, endsAt, true);
    }

    void change(String name, LocalTime startsAt, LocalTime endsAt, boolean active) {
        this.name = name;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.active = active;
    }

    public ShiftClass shiftClass() {
        return ShiftClass.of(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
