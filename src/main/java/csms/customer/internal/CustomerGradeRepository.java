package csms.customer.internal;

import csms.customer.CustomerGrade;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerGradeRepository extends JpaRepository<CustomerGrade, Long> {

    List<CustomerGrade> findAllByOrderByRankOrder();

    boolean existsByCode(String code);
}
