package csms.customer;

import csms.customer.internal.AssignmentQueries;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the supervisor's assignment page shows: the customers to assign and the agents with their load (CUS-5). */
@Service
public class AssignmentBoard {

    static final Map<String, String> SORTS = Map.of("name", "name", "potential", "potential",
            "annualSales", "annualSales", "createdAt", "createdAt", "firstContactDueAt", "firstContact.dueAt");
    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final AssignmentQueries queries;
    private final AssignmentScope scope;
    private final FirstContactDuties duties;
    private final CustomerAssignment assignment;

    AssignmentBoard(AssignmentQueries queries, AssignmentScope scope, FirstContactDuties duties,
            CustomerAssignment assignment) {
        this.queries = queries;
        this.scope = scope;
        this.duties = duties;
        this.assignment = assignment;
    }

    /** Unassigned customers, or those of one owner of the team (any owner for a manager), filtered by name. */
    @Transactional(readOnly = true)
    public Page<Customer> customers(Long ownerId, String q, PageQuery page) {
        SignedInUser me = scope.assigner();
        if (ownerId != null && !AssignmentScope.isManager(me) && !scope.team(me).contains(ownerId)) {
            throw new AccessDeniedException("owner " + ownerId + " is not in the team");
        }
        String query = q == null ? "" : q.strip();
        var pageable = page.toPageable(SORTS, NEWEST_FIRST);
        return ownerId == null ? queries.unassigned(query, pageable) : queries.ownedBy(ownerId, query, pageable);
    }

    /** The agents the signed-in user may assign to, with what each carries now. */
    @Transactional(readOnly = true)
    public List<AssignmentLoad> agents(Long departmentId) {
        return duties.loads(scope.agents(scope.assigner(), departmentId));
    }

    /** Of the given customers, those that already have an owner (assigning them again needs a confirmation). */
    @Transactional(readOnly = true)
    public List<Customer> alreadyOwned(Collection<Long> customerIds) {
        scope.assigner();
        return assignment.load(CustomerAssignment.distinct(customerIds, "customerIds")).stream()
                .filter(c -> c.getOwnerId() != null).toList();
    }
}
