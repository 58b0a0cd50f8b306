package csms.customer.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of a list as the API returns it. */
public record AssignmentApiPage<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    static <T> AssignmentApiPage<T> of(Page<T> page) {
        return new AssignmentApiPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
