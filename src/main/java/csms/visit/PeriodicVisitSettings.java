package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerGrade;
import csms.customer.CustomerGrades;
import csms.customer.CustomerKind;
import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import csms.visit.internal.VisitSegmentRepository;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The segment that gets the periodic satisfaction visit (VIS-3), changed by supervisors on the version they saw;
 * the interval is the rule {@code visit.periodic-months}. Every change is audited.
 */
@Service
public class PeriodicVisitSettings {

    private final VisitSegmentRepository segments;
    private final CustomerGrades grades;
    private final AuditTrail audit;

    PeriodicVisitSettings(VisitSegmentRepository segments, CustomerGrades grades, AuditTrail audit) {
        this.segments = segments;
        this.grades = grades;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public VisitSegmentSetting current() {
        return segments.findById(VisitSegmentSetting.PERIODIC)
                .orElseGet(() -> new VisitSegmentSetting(VisitSegmentSetting.PERIODIC));
    }

    /** Changes the segment (unknown grade codes → 422, stale version → 409). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public VisitSegmentSetting change(boolean membersOnly, Set<CustomerKind> kinds, Set<String> gradeCodes,
            long version) {
        Set<String> known = grades.all().stream().map(CustomerGrade::getCode).collect(Collectors.toSet());
        if (!known.containsAll(gradeCodes)) {
            throw RuleViolation.onField("grades", "visit.segment.grade-unknown");
        }
        VisitSegmentSetting s = segments.findById(VisitSegmentSetting.PERIODIC)
                .orElseGet(() -> new VisitSegmentSetting(VisitSegmentSetting.PERIODIC));
        ConflictException.requireVersion(version, s.getVersion(), "VisitSegment", VisitSegmentSetting.PERIODIC);
        Changes changes = Changes.none().field("membersOnly", s.isMembersOnly(), membersOnly)
                .field("kinds", new TreeSet<>(s.getKinds()), new TreeSet<>(kinds))
                .field("grades", new TreeSet<>(s.getGradeCodes()), new TreeSet<>(gradeCodes));
        s.change(membersOnly, kinds, gradeCodes);
        VisitSegmentSetting saved = segments.saveAndFlush(s);
        audit.record("visit.segment-changed", "VisitSegment", VisitSegmentSetting.PERIODIC,
                VisitSegmentSetting.PERIODIC, changes);
        return saved;
    }
}
