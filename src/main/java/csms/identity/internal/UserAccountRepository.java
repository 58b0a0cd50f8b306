package csms.identity.internal;

import csms.identity.UserAccount;
import csms.shared.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByAgentNumber(String agentNumber);

    @Query("select u.id from UserAccount u where u.departmentId = :departmentId")
    List<Long> idsInDepartment(@Param("departmentId") long departmentId);

    /**
     * Users whose user name, display name or agent number contains the text; {@code pattern} is a lower-case LIKE
     * pattern escaped with backslash ("%" for any user), never null so PostgreSQL can type it.
     */
    @Query("""
            select u from UserAccount u
            where (lower(u.username) like :pattern escape '\\'
                   or lower(u.displayName) like :pattern escape '\\'
                   or lower(u.agentNumber) like :pattern escape '\\')
              and (:departmentId is null or u.departmentId = :departmentId)
              and (:enabled is null or u.enabled = :enabled)
            """)
    Page<UserAccount> search(@Param("pattern") String pattern, @Param("departmentId") Long departmentId,
            @Param("enabled") Boolean enabled, Pageable pageable);

    @Query("select distinct u from UserAccount u join u.roles r where r in :roles and u.enabled = true order by u.displayName")
    List<UserAccount> activeWithAnyRole(@Param("roles") Collection<Role> roles);

    List<UserAccount> findByIdIn(Collection<Long> ids);
}
