package csms.workforce.internal;

import csms.workforce.CourseKind;
import csms.workforce.TrainingCourse;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TrainingCourseRepository extends JpaRepository<TrainingCourse, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    List<TrainingCourse> findByKindAndActiveTrueOrderByName(CourseKind kind);

    List<TrainingCourse> findByActiveTrueOrderByName();

    /** The catalogue, by a piece of the name or outline ({@code text} lower case with wildcards, or null). */
    @Query("""
            select c from TrainingCourse c where (:text is null or lower(c.name) like :text
            or lower(c.outline) like :text) and (:kind is null or c.kind = :kind)
            and (:inactive = true or c.active = true)
            """)
    Page<TrainingCourse> search(@Param("text") String text, @Param("kind") CourseKind kind,
            @Param("inactive") boolean inactive, Pageable page);
}
