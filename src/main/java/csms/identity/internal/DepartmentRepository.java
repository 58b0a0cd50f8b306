package csms.identity.internal;

import csms.identity.Department;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    boolean existsByName(String name);

    List<Department> findAllByOrderByName();
}
