package csms.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class PageQueryTest {

    @Test
    void boundsThePageSize() {
        assertThat(PageQuery.of(null, null, null).size()).isEqualTo(PageQuery.DEFAULT_SIZE);
        assertThatThrownBy(() -> PageQuery.of(0, 101, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> PageQuery.of(0, 0, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> PageQuery.of(-1, 10, null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void sortsOnlyByAllowedFields() {
        var pageable = PageQuery.of(2, 10, "-name").toPageable(Set.of("name"), Sort.by("id"));
        assertThat(pageable.getSort().getOrderFor("name").getDirection()).isEqualTo(Sort.Direction.DESC);
        assertThat(pageable.getPageNumber()).isEqualTo(2);
        assertThat(PageQuery.of(0, 10, "name,desc").descending()).isTrue();
        assertThatThrownBy(() -> PageQuery.of(0, 10, "passwordHash").toPageable(Set.of("name"), Sort.by("id")))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("sort");
    }
}
