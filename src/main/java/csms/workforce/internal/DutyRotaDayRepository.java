package csms.workforce.internal;

import csms.workforce.DutyRotaDay;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DutyRotaDayRepository extends JpaRepository<DutyRotaDay, Long> {

    List<DutyRotaDay> findByDepartmentIdAndDutyDateBetweenOrderByDutyDate(long departmentId, LocalDate from,
            LocalDate to);

    Optional<DutyRotaDay> findFirstByDepartmentIdAndDutyDateBeforeOrderByDutyDateDesc(long departmentId,
            LocalDate before);

    List<DutyRotaDay> findByDutyDateAndDepartmentIdIn(LocalDate day, Collection<Long> departments);

    @Modifying
    @Query("delete from DutyRotaDay d where d.departmentId = :department and d.dutyDate >= :from and d.dutyDate <= :to")
    int deleteMonth(@Param("department") long department, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
