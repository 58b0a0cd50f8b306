package csms.order.internal;

import csms.order.ShopOrder;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ShopOrderRepository extends JpaRepository<ShopOrder, Long> {

    Optional<ShopOrder> findByShopAndOrderNo(String shop, String orderNo);

    @Query("""
            select o from ShopOrder o
            where (:all = true or o.departmentId in :groups or o.agentId = :viewer)
              and (lower(o.orderNo) like :pattern escape '\\' or lower(coalesce(o.buyerName, '')) like :pattern escape '\\')
              and (:shop is null or o.shop = :shop)
              and (:departmentId is null or o.departmentId = :departmentId)
              and (:agentId is null or o.agentId = :agentId)
              and (cast(:from as LocalDate) is null or o.orderDate >= :from)
              and (cast(:to as LocalDate) is null or o.orderDate <= :to)
              and (:hasReturns is null or (:hasReturns = true and o.returnCount > 0)
                   or (:hasReturns = false and o.returnCount = 0))
            """)
    Page<ShopOrder> search(@Param("all") boolean all, @Param("groups") Collection<Long> groups,
            @Param("viewer") long viewer, @Param("pattern") String pattern, @Param("shop") String shop,
            @Param("departmentId") Long departmentId, @Param("agentId") Long agentId, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("hasReturns") Boolean hasReturns, Pageable pageable);

    @Query("select distinct o.shop from ShopOrder o order by o.shop")
    List<String> shops();

    @Query("""
            select o from ShopOrder o where o.departmentId = :departmentId and o.orderDate between :from and :to
              and (:part = 'ORDERS' or (:part = 'SHIPPING' and o.shipping <> 0)
                   or (:part = 'POINTS' and o.commissionPoints <> 0))
            """)
    Page<ShopOrder> ofGroup(@Param("departmentId") long departmentId, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("part") String part, Pageable pageable);

    @Query("""
            select o from ShopOrder o where o.agentId = :agentId and o.orderDate between :from and :to
              and (:part = 'ORDERS' or (:part = 'SHIPPING' and o.shipping <> 0)
                   or (:part = 'POINTS' and o.commissionPoints <> 0))
            """)
    Page<ShopOrder> ofAgent(@Param("agentId") long agentId, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("part") String part, Pageable pageable);
}
