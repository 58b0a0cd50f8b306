package csms.workforce.internal;

import csms.workforce.SessionKind;
import csms.workforce.TrainingSession;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    boolean existsByCourseId(long courseId);

    /**
     * Sessions within the reach (everyone; the teams kept; else those the user attended), of a kind, with a piece
     * of the topic or key points ({@code text} lower case with wildcards, or null).
     */
    @Query("""
            select s from TrainingSession s where (:kind is null or s.kind = :kind)
            and (:department is null or s.departmentId = :department)
            and (:text is null or lower(s.topic) like :text or lower(s.keyPoints) like :text)
            and (:everyone = true or s.departmentId in :teams
                 or s.id in (select s2.id from TrainingSession s2 join s2.attendees a where a.userId = :me))
            """)
    Page<TrainingSession> search(@Param("kind") SessionKind kind, @Param("department") Long department,
            @Param("text") String text, @Param("everyone") boolean everyone, @Param("me") long me,
            @Param("teams") Collection<Long> teams, Pageable page);
}
