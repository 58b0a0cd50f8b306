package csms.script.internal;

import csms.script.ReplySituation;
import csms.script.Script;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScriptRepository extends JpaRepository<Script, Long> {

    /**
     * Scripts whose title contains the text, in the given situations; {@code pattern} is a lower-case LIKE pattern
     * escaped with backslash ("%" for any), never null so PostgreSQL can type it.
     */
    @Query("""
            select s from Script s
            where lower(s.title) like :pattern escape '\\' and s.situation in :situations
            """)
    Page<Script> search(@Param("pattern") String pattern,
            @Param("situations") Collection<ReplySituation> situations, Pageable pageable);

    @Query("select s from Script s where s.situation = :situation order by s.title, s.id")
    List<Script> forSituation(@Param("situation") ReplySituation situation);

    boolean existsByCode(String code);
}
