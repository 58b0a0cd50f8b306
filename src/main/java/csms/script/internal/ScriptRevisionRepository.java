package csms.script.internal;

import csms.script.ScriptRevision;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScriptRevisionRepository extends JpaRepository<ScriptRevision, Long> {

    List<ScriptRevision> findByScriptIdOrderByRevisionDesc(Long scriptId);
}
