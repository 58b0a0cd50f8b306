package csms.customer;

import csms.customer.internal.CustomerRepository;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the active customers of a segment in id order, a batch at a time, for jobs that plan work for every one of
 * them (VIS-3, VIS-4, VIS-5). Needs no signed-in user: the work goes to the customer's owner, who may see it. One
 * query for the customers and one for their owners per batch.
 */
@Service
public class CustomerSegments {

    private final CustomerRepository customers;
    private final CustomerGrades grades;
    private final UserAccounts users;

    CustomerSegments(CustomerRepository customers, CustomerGrades grades, UserAccounts users) {
        this.customers = customers;
        this.grades = grades;
        this.users = users;
    }

    /** Up to {@code limit} customers of the segment with an id above {@code afterId}, in id order. */
    @Transactional(readOnly = true)
    public List<SegmentMember> after(CustomerSegment segment, long afterId, int limit) {
        Set<Long> gradeIds = grades.standard().grades().stream()
                .filter(g -> segment.gradeCodes().contains(g.getCode())).map(CustomerGrade::getId)
                .collect(Collectors.toSet());
        if (!segment.gradeCodes().isEmpty() && gradeIds.isEmpty()) {
            return List.of(); // only grades that no longer exist: nobody
        }
        Set<CustomerKind> kinds = segment.kinds().isEmpty() ? Set.of(CustomerKind.values()) : segment.kinds();
        List<Customer> batch = customers.activeInSegmentAfter(afterId, segment.membersOnly(), kinds,
                gradeIds.isEmpty(), gradeIds.isEmpty() ? Set.of(-1L) : gradeIds, PageRequest.of(0, limit));
        Map<Long, UserAccount> owners = users.byIds(batch.stream().map(Customer::getOwnerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return batch.stream().map(c -> {
            UserAccount owner = c.getOwnerId() == null ? null : owners.get(c.getOwnerId());
            return new SegmentMember(c.getId(), c.getName(), c.getKind(), c.getOwnerId(),
                    owner == null ? null : owner.getDepartmentId());
        }).toList();
    }
}
