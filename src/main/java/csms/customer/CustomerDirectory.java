package csms.customer;

import csms.customer.internal.ConfidentialReach;
import csms.customer.internal.CustomerRepository;
import csms.customer.internal.CustomerSearch;
import csms.customer.internal.CustomerSearchAnalysis;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.PhoneNumber;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask the archive about a customer (CUS-6, CUS-9): a card to show, a caller looked up by
 * number, and to whom a confidential customer's data is restricted. Cards and look-ups follow the signed-in user's
 * reach — a confidential customer out of it does not exist; without a signed-in user only open customers are found.
 */
@Service
public class CustomerDirectory {

    /** Fewer digits than this find nothing: too many numbers contain them. */
    public static final int MIN_PHONE_DIGITS = CustomerSearchAnalysis.MIN_PHONE_GRAM;
    /** The most cards one look-up returns. */
    public static final int MAX_RESULTS = 50;
    /** The largest page of {@link #matching}. */
    public static final int MAX_SELECTION_PAGE = 1000;

    private final CustomerRepository customers;
    private final CustomerSearch search;
    private final VisibleCustomers visible;
    private final CustomerGrades grades;
    private final UserAccounts users;

    CustomerDirectory(CustomerRepository customers, CustomerSearch search, VisibleCustomers visible,
            CustomerGrades grades, UserAccounts users) {
        this.customers = customers;
        this.search = search;
        this.visible = visible;
        this.grades = grades;
        this.users = users;
    }

    /**
     * The customer's card, or empty when it does not exist or the signed-in user may not know of it. A merged-away
     * id resolves to the survivor: the card then carries the survivor's id, so a caller can re-point its reference.
     */
    @Transactional(readOnly = true)
    public Optional<CustomerCard> card(long customerId) {
        CustomerAccess access = visible.access();
        return customers.findById(customerId).flatMap(visible::survivorOf).filter(access::sees)
                .map(c -> cards(List.of(c)).get(0));
    }

    /**
     * Where to send the customer a message: the e-mail and the first mobile number (not a landline), or empty when
     * the customer does not exist or the signed-in user may not know of it. A merged-away id answers for its survivor.
     */
    @Transactional(readOnly = true)
    public Optional<CustomerReach> reach(long customerId) {
        CustomerAccess access = visible.access();
        return customers.findById(customerId).flatMap(visible::survivorOf).filter(access::sees)
                .map(c -> new CustomerReach(c.getId(), c.getEmail() == null || c.getEmail().isBlank() ? null
                        : c.getEmail().strip(), c.getPhones().stream().map(Phone::getNumber)
                        .filter(n -> PhoneNumber.isValid(n) && PhoneNumber.of(n).isMobile()).findFirst().orElse(null)));
    }

    /**
     * One page of the active customers matching the filter (CUS-9) as cards, by id, only those the signed-in user
     * may know of (CUS-6): for selecting customers in bulk, e.g. a return-visit campaign (VIS-6). Pages of at most
     * {@value #MAX_SELECTION_PAGE}; the total tells how many match.
     */
    @Transactional(readOnly = true)
    public Page<CustomerCard> matching(CustomerFilter filter, int page, int size) {
        PageRequest pageable = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_SELECTION_PAGE),
                Sort.by(CustomerSearch.ID));
        Page<Customer> found = search.find(filter, null, visible.access().reach(), pageable);
        return new PageImpl<>(cards(found.getContent()), pageable, found.getTotalElements());
    }

    /**
     * The grade codes of the given customers, read in one query, for reports that group by grade; customers the
     * signed-in user may not know of and customers without a grade are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> gradeCodes(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        CustomerAccess access = visible.access();
        ClassificationStandard standard = grades.standard();
        Map<Long, String> codes = new HashMap<>();
        for (Customer c : customers.findAllById(Set.copyOf(customerIds))) {
            if (c.getGradeId() != null && visible.sees(access, c)) {
                codes.put(c.getId(), standard.codeOf(c.getGradeId()));
            }
        }
        return codes;
    }

    /**
     * Active customers with a phone number containing the digits typed (at least {@value #MIN_PHONE_DIGITS}; any
     * other characters are ignored, a +86 prefix too), those whose number is exactly the one typed first, then the
     * best partial matches; only customers the signed-in user may know of, at most {@code limit} (capped at
     * {@value #MAX_RESULTS}). Too few digits or a limit below 1 find nothing.
     */
    @Transactional(readOnly = true)
    public List<CustomerCard> findByPhone(String digits, int limit) {
        String typed = digitsOf(digits);
        int max = Math.min(limit, MAX_RESULTS);
        if (typed.length() < MIN_PHONE_DIGITS || max < 1) {
            return List.of();
        }
        ConfidentialReach reach = visible.access().reach();
        Map<Long, Customer> found = new LinkedHashMap<>();
        customers.activeWithPhoneDigits(Set.of(typed), -1, reach, PageRequest.of(0, max))
                .forEach(c -> found.put(c.getId(), c));
        if (found.size() < max && typed.length() <= CustomerSearchAnalysis.MAX_PHONE_GRAM) {
            // The exact matches are among the partial ones too: fetch enough to fill the room left after them.
            search.withPhoneDigits(typed, reach, max + found.size()).stream()
                    .filter(c -> found.size() < max).forEach(c -> found.putIfAbsent(c.getId(), c));
        }
        return cards(List.copyOf(found.values()));
    }

    /**
     * The department a confidential customer's data is restricted to: its owner's. Null when the customer is open
     * (or unknown) — and also when it is confidential without an owner's department (unassigned, or an owner in no
     * department): then only supervisors and above may see it, which {@link #isConfidential} tells apart. Needs no
     * signed-in user (for event listeners); a merged-away id answers for its survivor.
     */
    @Transactional(readOnly = true)
    public Long restrictedDepartmentOf(long customerId) {
        return survivor(customerId).filter(Customer::isConfidential).map(Customer::getOwnerId)
                .map(owner -> users.byIds(Set.of(owner)).get(owner)).map(UserAccount::getDepartmentId).orElse(null);
    }

    /** True when the customer (or the survivor of a merged-away id) is confidential. Needs no signed-in user. */
    @Transactional(readOnly = true)
    public boolean isConfidential(long customerId) {
        return survivor(customerId).map(Customer::isConfidential).orElse(false);
    }

    private Optional<Customer> survivor(long customerId) {
        return customers.findById(customerId).flatMap(visible::survivorOf);
    }

    /** The cards of the customers, in their order; owners and the standard loaded once. */
    private List<CustomerCard> cards(List<Customer> list) {
        ClassificationStandard standard = grades.standard();
        Map<Long, UserAccount> owners = users.byIds(list.stream().map(Customer::getOwnerId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return list.stream().map(c -> {
            UserAccount owner = c.getOwnerId() == null ? null : owners.get(c.getOwnerId());
            List<Phone> phones = c.getPhones();
            return new CustomerCard(c.getId(), c.getName(), c.getSalutation(), c.getKind(), c.getCompany(),
                    phones.isEmpty() ? null : phones.get(0).masked(), c.getOwnerId(),
                    owner == null ? null : owner.getDepartmentId(), c.isMember(), c.isBigCustomer(),
                    c.isImportantAgreement(), c.isConfidential(), standard.codeOf(c.getGradeId()));
        }).toList();
    }

    /** The digits of what was typed; a valid number in any notation (+86, dashes) as stored. */
    static String digitsOf(String typed) {
        if (typed == null) {
            return "";
        }
        return PhoneNumber.isValid(typed) ? PhoneNumber.of(typed).digits() : typed.replaceAll("\\D", "");
    }
}
