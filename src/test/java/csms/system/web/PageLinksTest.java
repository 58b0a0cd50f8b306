package csms.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Pager and sort links keep the list's filters exactly as the user typed them. */
class PageLinksTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void keepsAChineseSearchEncodedOnceOnTheNextPageAndWhenSorting() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/customers");
        request.setQueryString("q=%E5%BC%A0&grade=&page=1");
        request.addParameter("q", "张");
        request.addParameter("grade", "");
        request.addParameter("page", "1");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(new PageLinks().to(2)).isEqualTo("http://localhost/customers?q=%E5%BC%A0&grade=&page=2");
        assertThat(new PageLinks().sortBy("name", "name"))
                .isEqualTo("http://localhost/customers?q=%E5%BC%A0&grade=&sort=-name&page=0");
    }
}
