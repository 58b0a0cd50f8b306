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

    @Query("""
            select u from UserAccount u
            where (:q is null or lower(u.username) like lower(concat('%', :q, '%'))
                              or u.displayName like concat('%', :q, '%')
                              or u.agentNumber like concat('%', :q, '%'))
              and (:departmentId is null or u.departmentId = :departmentId)
              and (:enabled is null or u.enabled = :enabled)
            """)
    Page<UserAccount> search(@Param("q") String q, @Param("departmentId") Long departmentId,
            @Param("enabled") Boolean enabled, Pageable pageable);

    @Query("select distinct u from UserAccount u join u.roles r where r in :roles and u.enabled = true order by u.displayName")
    List<UserAccount> activeWithAnyRole(@Param("roles") Collection<Role> roles);

    List<UserAccount> findByIdIn(Collection<Long> ids);
}
