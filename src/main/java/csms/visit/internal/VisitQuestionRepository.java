package csms.visit.internal;

import csms.visit.VisitKind;
import csms.visit.VisitQuestion;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitQuestionRepository extends JpaRepository<VisitQuestion, Long> {

    List<VisitQuestion> findByKindOrderByPosition(VisitKind kind);

    void deleteByKind(VisitKind kind);
}
