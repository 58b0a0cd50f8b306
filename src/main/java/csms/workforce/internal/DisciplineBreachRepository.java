package csms.workforce.internal;

import csms.workforce.DisciplineBreach;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DisciplineBreachRepository extends JpaRepository<DisciplineBreach, Long> {

    boolean existsByPenaltyId(long penaltyId);

    List<DisciplineBreach> findByUserIdInAndBreachDateBetweenOrderByBreachDateAscIdAsc(Collection<Long> people,
            LocalDate from, LocalDate to);

    long countByUserIdAndBreachDateAfter(long userId, LocalDate after);

    /** Per person (of the given), their breaches after the day: [userId, count]. */
    @Query("""
            select b.userId, count(b) from DisciplineBreach b where b.userId in :people and b.breachDate > :after
            group by b.userId
            """)
    List<Object[]> countsAfter(@Param("people") Collection<Long> people, @Param("after") LocalDate after);

    /** Breaches of the days [from, to) within the reach: everyone, or the given teams and the user themself. */
    @Query("""
            select b from DisciplineBreach b where b.breachDate >= :from and b.breachDate < :to
            and (:department is null or b.departmentId = :department)
            and (:person is null or b.userId = :person)
            and (:everyone = true or b.userId = :me or b.departmentId in :teams)
            """)
    Page<DisciplineBreach> search(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("department") Long department, @Param("person") Long person, @Param("everyone") boolean everyone,
            @Param("me") long me, @Param("teams") Collection<Long> teams, Pageable page);
}
