package csms.shared;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A bounded page request: page size capped, sorting only by an allow-listed field.
 * Unknown sort fields are refused (422) rather than silently ignored.
 */
public record PageQuery(int page, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageQuery {
        if (page < 0) {
            throw RuleViolation.onField("page", "validation.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RuleViolation.onField("size", "validation.page-size", MAX_SIZE);
        }
    }

    /** Parses "field" or "field,desc" / "-field" as sent by clients. */
    public static PageQuery of(Integer page, Integer size, String sortSpec) {
        String field = null;
        boolean desc = false;
        if (sortSpec != null && !sortSpec.isBlank()) {
            String s = sortSpec.strip();
            if (s.startsWith("-")) {
                desc = true;
                s = s.substring(1);
            }
            int comma = s.indexOf(',');
            if (comma >= 0) {
                desc = s.substring(comma + 1).trim().equalsIgnoreCase("desc");
                s = s.substring(0, comma).trim();
            }
            field = s;
        }
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, desc);
    }

    /** A Spring pageable sorted by the requested field if allowed, else by the default. */
    public Pageable toPageable(Set<String> allowedSortFields, Sort defaultSort) {
        return toPageable(allowedSortFields.stream().collect(java.util.stream.Collectors.toMap(f -> f, f -> f)), defaultSort);
    }

    /**
     * The same, for sort names that clients see ({@code firstContactDueAt}) mapped to the property paths they sort
     * by ({@code firstContact.dueAt}), so an entity can change shape without changing the API.
     */
    public Pageable toPageable(java.util.Map<String, String> sortProperties, Sort defaultSort) {
        if (sort == null) {
            return PageRequest.of(page, size, defaultSort);
        }
        String property = sortProperties.get(sort);
        if (property == null) {
            throw RuleViolation.onField("sort", "validation.sort", sort,
                    String.join(", ", new java.util.TreeSet<>(sortProperties.keySet())));
        }
        Sort s = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property);
        return PageRequest.of(page, size, s.and(defaultSort));
    }
}
