package csms.script;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The check of one reply an agent sent to a customer (SCR-13): its day and its findings per category. */
@Entity
@Table(name = "reply_check_record")
public class ReplyCheckRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agent_id", nullable = false, updatable = false)
    private long agentId;

    @Column(name = "checked_on", nullable = false, updatable = false)
    private LocalDate checkedOn;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    @Column(nullable = false, updatable = false)
    private int findings;

    @ElementCollection
    @CollectionTable(name = "reply_check_finding", joinColumns = @JoinColumn(name = "record_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "findings")
    private Map<PhraseCategory, Integer> byCategory = new HashMap<>();

    protected ReplyCheckRecord() {
    }

    ReplyCheckRecord(long agentId, LocalDate checkedOn, Instant checkedAt, ReplyCheck check) {
        this.agentId = agentId;
        this.checkedOn = checkedOn;
        this.checkedAt = checkedAt;
        this.findings = check.findings().size();
        Map<PhraseCategory, Integer> counts = new EnumMap<>(PhraseCategory.class);
        check.findings().forEach(f -> counts.merge(f.category(), 1, Integer::sum));
        this.byCategory.putAll(counts);
    }

    public Long getId() {
        return id;
    }

    public long getAgentId() {
        return agentId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public int getFindings() {
        return findings;
    }
}
