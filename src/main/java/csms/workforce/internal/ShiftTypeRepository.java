package csms.workforce.internal;

import csms.workforce.ShiftType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShiftTypeRepository extends JpaRepository<ShiftType, Long> {

    List<ShiftType> findAllByOrderByStartsAtAscIdAsc();

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByName(String name);
}
