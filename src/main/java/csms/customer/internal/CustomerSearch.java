package csms.customer.internal;

import csms.customer.Customer;
import csms.customer.CustomerFilter;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortOrder;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.engine.search.query.SearchResult;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The one search behind the customer list page and the API (CUS-9): every word of the query must match the name
 * (smartcn words or any part), the company, any 3+ digits of a phone, the start of the name's pinyin or initials,
 * or the email; filters narrow the result without scoring. Merged records are not in the index at all; confidential
 * ones are filtered by the viewer's {@link ConfidentialReach} (CUS-6).
 */
@Component
public class CustomerSearch {

    /** Sort keys the facade may use and the index fields behind them. */
    public static final String SCORE = "score";
    public static final String ID = "id";

    private static final int MAX_WORDS = 6;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * One page of matching active customers within the viewer's reach (CUS-6), loaded from the database in one query
     * (plus batch-fetched phones); with {@code filter.refreshDue()}, only records not updated since
     * {@code refreshCutoff}.
     */
    public Page<Customer> find(CustomerFilter filter, Instant refreshCutoff, ConfidentialReach reach,
            Pageable pageable) {
        SearchResult<Customer> result = Search.session(entityManager).search(Customer.class)
                .where(f -> predicate(f, filter, refreshCutoff, reach))
                .sort(f -> sort(f, pageable.getSort()))
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    /**
     * Active customers within the reach with a phone containing these digits (3 or more), best match first: for
     * looking up a caller by number while it is typed.
     */
    public List<Customer> withPhoneDigits(String digits, ConfidentialReach reach, int limit) {
        return Search.session(entityManager).search(Customer.class)
                .where(f -> f.bool().must(f.match().field("phones.digits").matching(digits)).filter(inReach(f, reach)))
                .sort(f -> f.score().then().field("id_sort"))
                .fetchHits(limit);
    }

    /**
     * Open customers, or confidential ones of an owner in reach (and unassigned ones if the reach has them).
     * "Not confidential" is written as a negation so that documents indexed before the flag existed count as open.
     */
    private static PredicateFinalStep inReach(SearchPredicateFactory f, ConfidentialReach reach) {
        if (reach.everything()) {
            return f.matchAll();
        }
        var any = f.bool();
        any.should(f.not(f.match().field("confidential").matching(true)));
        any.should(f.terms().field("ownerId").matchingAny(reach.owners()));
        if (reach.unassigned()) {
            any.should(f.not(f.exists().field("ownerId")));
        }
        return any;
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, CustomerFilter filter, Instant refreshCutoff,
            ConfidentialReach reach) {
        var all = f.bool();
        all.must(f.matchAll());
        all.filter(inReach(f, reach));
        if (filter.hasText()) {
            all.must(text(f, filter.q()));
        }
        if (filter.gradeId() != null) {
            all.filter(f.match().field("gradeId").matching(filter.gradeId()));
        }
        if (filter.member() != null) {
            all.filter(f.match().field("member").matching(filter.member()));
        }
        if (filter.bigCustomer() != null) {
            all.filter(f.match().field("bigCustomer").matching(filter.bigCustomer()));
        }
        if (filter.importantAgreement() != null) {
            all.filter(f.match().field("importantAgreement").matching(filter.importantAgreement()));
        }
        if (filter.unassigned()) {
            all.filter(f.not(f.exists().field("ownerId")));
        } else if (filter.ownerId() != null) {
            all.filter(f.match().field("ownerId").matching(filter.ownerId()));
        }
        if (filter.incomplete() != null) {
            all.filter(f.match().field("complete").matching(!filter.incomplete()));
        }
        if (filter.refreshDue() && refreshCutoff != null) {
            all.filter(f.range().field("updatedAt").lessThan(refreshCutoff));
        }
        return all;
    }

    /** Every word must match somewhere; a latin query typed with spaces ("zhang san") may also match as one. */
    private PredicateFinalStep text(SearchPredicateFactory f, String q) {
        List<String> words = Arrays.stream(q.split("\\s+")).filter(w -> !w.isBlank()).limit(MAX_WORDS).toList();
        var everyWord = f.bool();
        words.forEach(w -> everyWord.must(word(f, w)));
        String joined = String.join("", words).toLowerCase(Locale.ROOT);
        if (words.size() > 1 && isLatin(joined)) {
            return f.bool().should(everyWord).should(pinyin(f, joined));
        }
        return everyWord;
    }

    private PredicateFinalStep word(SearchPredicateFactory f, String word) {
        var any = f.bool();
        any.should(f.match().field("name").matching(word).minimumShouldMatchPercent(100).boost(2));
        any.should(f.match().field("company").matching(word).minimumShouldMatchPercent(100));
        if (word.length() <= CustomerSearchAnalysis.MAX_NAME_GRAM) {
            any.should(f.match().field("name_partial").matching(word).boost(3));
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (isLatin(lower)) {
            any.should(pinyin(f, lower));
        }
        String digits = phoneDigits(word);
        if (digits != null) {
            any.should(f.match().field("phones.digits").matching(digits).boost(3));
        }
        if (word.contains("@")) {
            any.should(f.match().field("email").matching(lower));
        }
        return any;
    }

    private static PredicateFinalStep pinyin(SearchPredicateFactory f, String lower) {
        return f.prefix().field("namePinyin").field("nameInitials").matching(lower);
    }

    private static boolean isLatin(String s) {
        return s.matches("[a-z0-9]+");
    }

    /** The digits of a word that looks like (part of) a phone number: 3+ digits, at most spaces/dashes/brackets/+. */
    static String phoneDigits(String word) {
        if (!word.matches("[0-9+\\-()（）]+")) {
            return null;
        }
        String digits = word.replaceAll("\\D", "");
        return digits.length() >= CustomerSearchAnalysis.MIN_PHONE_GRAM
                && digits.length() <= CustomerSearchAnalysis.MAX_PHONE_GRAM ? digits : null;
    }

    private static SortFinalStep sort(SearchSortFactory f, Sort sort) {
        var composite = f.composite();
        for (Sort.Order o : sort) {
            SortOrder order = o.isAscending() ? SortOrder.ASC : SortOrder.DESC;
            switch (o.getProperty()) {
                case SCORE -> composite.add(f.score().order(order));
                case ID -> composite.add(f.field("id_sort").order(order));
                case "name" -> composite.add(f.field("name_sort").order(order));
                default -> composite.add(f.field(o.getProperty()).order(order).missing().last());
            }
        }
        return composite;
    }
}
