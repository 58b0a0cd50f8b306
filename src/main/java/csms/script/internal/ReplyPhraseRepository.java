package csms.script.internal;

import csms.script.PhraseCategory;
import csms.script.ReplyPhrase;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReplyPhraseRepository extends JpaRepository<ReplyPhrase, Long> {

    Optional<ReplyPhrase> findByPhrase(String phrase);

    /**
     * Phrases whose wording or suggestion contains the text, in the given categories; {@code pattern} is a
     * lower-case LIKE pattern escaped with backslash ("%" for any), never null so PostgreSQL can type it.
     */
    @Query("""
            select p from ReplyPhrase p
            where (lower(p.phrase) like :pattern escape '\\' or lower(p.suggestion) like :pattern escape '\\')
              and p.category in :categories
            """)
    Page<ReplyPhrase> search(@Param("pattern") String pattern,
            @Param("categories") Collection<PhraseCategory> categories, Pageable pageable);
}
