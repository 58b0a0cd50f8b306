package csms.system.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A stored calendar day; the date is its identity. */
@Entity
@Table(name = "calendar_day")
class CalendarEntry {

    @Id
    @Column(name = "day_date")
    private LocalDate date;

    @Column(name = "off_day", nullable = false)
    private boolean offDay;

    @Column(nullable = false)
    private boolean statutory;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DaySource source;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected CalendarEntry() {
    }

    CalendarEntry(LocalDate date) {
        this.date = date;
    }

    /** The administrator sets what the day is; from now on it counts as edited. */
    void define(DayKind kind, String name, String by, Instant at) {
        this.offDay = kind.offDay();
        this.statutory = kind.statutory();
        this.name = name;
        this.source = DaySource.EDITED;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    LocalDate date() {
        return date;
    }

    long version() {
        return version;
    }

    CalendarDay view() {
        return new CalendarDay(date, DayKind.of(offDay, statutory), name, source, updatedBy, updatedAt, version);
    }
}
