package csms.service;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a request's timeline: a note, a call, a reply, a state change, an approval; append-only. */
@Entity
@Table(name = "request_event")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long requestId;
    private Instant at;
    private Long actorId;
    @Enumerated(EnumType.STRING)
    private TimelineKind kind;
    private boolean internal;
    private String text;
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(long requestId, Instant at, Long actorId, TimelineKind kind, boolean internal, String text,
            String detail) {
        this.requestId = requestId;
        this.at = at;
        this.actorId = actorId;
        this.kind = kind;
        this.internal = internal;
        this.text = text;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public long getRequestId() { return requestId; }
    public Instant getAt() { return at; }
    public Long getActorId() { return actorId; }
    public TimelineKind getKind() { return kind; }
    public boolean isInternal() { return internal; }
    public String getText() { return text; }
    public String getDetail() { return detail; }
}
