package csms.script.internal;

import csms.script.ReplySituation;
import csms.script.ReplyTemplate;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReplyTemplateRepository extends JpaRepository<ReplyTemplate, Long> {

    /**
     * Templates whose title or text contains the text, in the given situations; {@code pattern} is a lower-case
     * LIKE pattern escaped with backslash ("%" for any), never null so PostgreSQL can type it.
     */
    @Query("""
            select t from ReplyTemplate t
            where (lower(t.title) like :pattern escape '\\' or lower(t.text) like :pattern escape '\\')
              and t.situation in :situations
            """)
    Page<ReplyTemplate> search(@Param("pattern") String pattern,
            @Param("situations") Collection<ReplySituation> situations, Pageable pageable);
}
