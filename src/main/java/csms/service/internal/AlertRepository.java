package csms.service.internal;

import csms.service.Alert;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AlertRepository extends JpaRepository<Alert, Long> {

    long countByUserIdAndReadAtIsNull(long userId);

    Page<Alert> findByUserId(long userId, Pageable page);

    @Modifying
    @Query("update Alert a set a.readAt = :now where a.userId = :user and a.readAt is null")
    int readAll(@Param("user") long userId, @Param("now") Instant now);
}
