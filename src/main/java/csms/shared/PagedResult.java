package csms.shared;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of results as the API returns it. */
public record PagedResult<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PagedResult<T> of(Page<T> page) {
        return new PagedResult<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
