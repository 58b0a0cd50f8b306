package csms.workforce.internal;

import csms.workforce.MorningMeeting;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MorningMeetingRepository extends JpaRepository<MorningMeeting, Long> {

    Optional<MorningMeeting> findByDepartmentIdAndMeetingDate(long departmentId, LocalDate day);

    List<MorningMeeting> findByDepartmentIdAndMeetingDateBetweenOrderByMeetingDateDesc(long departmentId,
            LocalDate from, LocalDate to);
}
