package csms.workforce.internal;

import csms.workforce.PlanKind;
import csms.workforce.WorkPlan;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    Optional<WorkPlan> findByUserIdAndKindAndPeriodStart(long userId, PlanKind kind, LocalDate periodStart);

    List<WorkPlan> findByUserIdAndKindInAndPeriodStart(long userId, Collection<PlanKind> kinds, LocalDate periodStart);
}
