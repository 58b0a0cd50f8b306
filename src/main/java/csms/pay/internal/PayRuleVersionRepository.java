package csms.pay.internal;

import csms.pay.PayRuleVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayRuleVersionRepository extends JpaRepository<PayRuleVersion, Long> {

    /** Every version in force on or before the month's first day, oldest first. */
    List<PayRuleVersion> findByEffectiveMonthLessThanEqualOrderByEffectiveMonth(LocalDate monthStart);

    /** All versions, by rule and month. */
    List<PayRuleVersion> findAllByOrderByRuleKeyAscEffectiveMonthAsc();

    Optional<PayRuleVersion> findByRuleKeyAndEffectiveMonth(String ruleKey, LocalDate effectiveMonth);

    /** The months from which some rule changes after the given month. */
    List<PayRuleVersion> findByEffectiveMonthGreaterThan(LocalDate monthStart);
}
