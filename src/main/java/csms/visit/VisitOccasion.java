package csms.visit;

import csms.customer.CustomerKind;
import csms.customer.CustomerSegment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A special occasion (VIS-5): the segment gets one SPECIAL visit, planned from {@code daysBefore} days ahead and due
 * by the end of the day.
 */
@Entity
@Table(name = "visit_occasion")
public class VisitOccasion {

    public static final int NAME_MAX = 100;
    public static final int DAYS_BEFORE_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OccasionKind kind;

    @Column(name = "occasion_date", nullable = false)
    private LocalDate date;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "members_only", nullable = false)
    private boolean membersOnly;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_kind")
    private CustomerKind customerKind;

    @Column(name = "grade_codes", nullable = false)
    private String gradeCodes = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected VisitOccasion() {
    }

    VisitOccasion(OccasionDefinition d, Instant now) {
        this.createdAt = now;
        revise(d);
    }

    void revise(OccasionDefinition d) {
        this.name = d.name().strip();
        this.kind = d.kind();
        this.date = d.date();
        this.daysBefore = d.daysBefore() == null ? 0 : d.daysBefore();
        this.membersOnly = Boolean.TRUE.equals(d.membersOnly());
        this.customerKind = d.customerKind();
        this.gradeCodes = String.join(",", new TreeSet<>(d.gradeCodes()));
    }

    /** The key of its visits: once per occasion and customer. */
    String periodKey() {
        return "O" + id;
    }

    /** The window its visits belong to: from {@code daysBefore} days ahead to the end of the day. */
    VisitPeriod period() {
        return new VisitPeriod(periodKey(), date.minusDays(daysBefore), date.plusDays(1));
    }

    public CustomerSegment segment() {
        return new CustomerSegment(membersOnly, customerKind == null ? Set.of() : Set.of(customerKind),
                getGradeCodes());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OccasionKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public CustomerKind getCustomerKind() {
        return customerKind;
    }

    public Set<String> getGradeCodes() {
        return gradeCodes == null || gradeCodes.isBlank() ? Set.of()
                : Arrays.stream(gradeCodes.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** What the audit shows of an occasion. */
    String describe() {
        return name + " " + kind + " " + date + " -" + daysBefore + "d " + (membersOnly ? "members " : "")
                + (customerKind == null ? "" : customerKind + " ") + getGradeCodes();
    }
}
