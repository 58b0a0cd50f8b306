package csms.pay.internal;

import csms.pay.PayRun;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PayRunRepository extends JpaRepository<PayRun, Long> {

    /** A month's runs, the latest first. */
    List<PayRun> findByMonthOrderByNumberDesc(LocalDate month);
}
