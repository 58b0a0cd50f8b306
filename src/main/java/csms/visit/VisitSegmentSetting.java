package csms.visit;

import csms.customer.CustomerKind;
import csms.customer.CustomerSegment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Which customers a kind of scheduled visit goes to (VIS-3): members only or all, some kinds, some grades. */
@Entity
@Table(name = "visit_segment")
public class VisitSegmentSetting {

    /** The purpose of the periodic satisfaction visit's segment. */
    public static final String PERIODIC = "PERIODIC";

    @Id
    private String purpose;

    @Column(name = "members_only", nullable = false)
    private boolean membersOnly;

    @Column(nullable = false)
    private String kinds = "";

    @Column(name = "grade_codes", nullable = false)
    private String gradeCodes = "";

    @Version
    private long version;

    protected VisitSegmentSetting() {
    }

    VisitSegmentSetting(String purpose) {
        this.purpose = purpose;
        this.membersOnly = true;
    }

    void change(boolean membersOnly, Collection<CustomerKind> kinds, Collection<String> gradeCodes) {
        this.membersOnly = membersOnly;
        this.kinds = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.gradeCodes = String.join(",", new TreeSet<>(gradeCodes));
    }

    public CustomerSegment segment() {
        return new CustomerSegment(membersOnly, getKinds(), getGradeCodes());
    }

    public String getPurpose() {
        return purpose;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public Set<CustomerKind> getKinds() {
        return split(kinds).stream().map(CustomerKind::valueOf).collect(Collectors.toSet());
    }

    public Set<String> getGradeCodes() {
        return split(gradeCodes);
    }

    public long getVersion() {
        return version;
    }

    private static Set<String> split(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
    }
}
