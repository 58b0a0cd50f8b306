package csms.pay.internal;

import csms.pay.PerformanceScheme;
import csms.pay.SchemeState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PerformanceSchemeRepository extends JpaRepository<PerformanceScheme, Long> {

    /** A filtered page; {@code anyState} / {@code anyMonth} switch the state and month filters off. */
    @Query("""
            select s from PerformanceScheme s
            where (:departmentId is null or s.departmentId = :departmentId)
              and (:anyState = true or s.state = :state)
              and (:anyMonth = true or s.effectiveMonth = :month)
            """)
    Page<PerformanceScheme> search(@Param("departmentId") Long departmentId, @Param("anyState") boolean anyState,
            @Param("state") SchemeState state, @Param("anyMonth") boolean anyMonth, @Param("month") LocalDate month,
            Pageable pageable);

    List<PerformanceScheme> findByDepartmentIdOrderByEffectiveMonthDesc(long departmentId);

    Optional<PerformanceScheme> findFirstByDepartmentIdAndStateAndEffectiveMonthLessThanEqualOrderByEffectiveMonthDesc(
            long departmentId, SchemeState state, LocalDate month);

    Optional<PerformanceScheme> findFirstByDepartmentIdAndStateOrderByEffectiveMonthDesc(long departmentId,
            SchemeState state);

    List<PerformanceScheme> findByDepartmentIdInAndStateAndEffectiveMonthLessThanEqual(Collection<Long> departmentIds,
            SchemeState state, LocalDate month);

    Optional<PerformanceScheme> findByDepartmentIdAndEffectiveMonth(long departmentId, LocalDate month);
}
