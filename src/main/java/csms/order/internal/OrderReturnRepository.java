package csms.order.internal;

import csms.order.OrderReturn;
import csms.order.ReturnKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrderReturnRepository extends JpaRepository<OrderReturn, Long> {

    Optional<OrderReturn> findByShopAndReturnNo(String shop, String returnNo);

    List<OrderReturn> findByOrderIdOrderByReturnDateAscIdAsc(long orderId);

    int countByOrderId(long orderId);

    @Query("""
            select r from OrderReturn r where r.departmentId = :departmentId and r.kind = :kind
              and r.returnDate between :from and :to
            """)
    Page<OrderReturn> ofGroup(@Param("departmentId") long departmentId, @Param("kind") ReturnKind kind,
            @Param("from") LocalDate from, @Param("to") LocalDate to, Pageable pageable);

    @Query("""
            select r from OrderReturn r where r.agentId = :agentId and r.kind = :kind
              and r.returnDate between :from and :to
            """)
    Page<OrderReturn> ofAgent(@Param("agentId") long agentId, @Param("kind") ReturnKind kind,
            @Param("from") LocalDate from, @Param("to") LocalDate to, Pageable pageable);
}
