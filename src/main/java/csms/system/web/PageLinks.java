package csms.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to another page of the current list, keeping its filters and sort: {@code ${@pageLinks.to(2)}}. */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return current().replaceQueryParam("page", Math.max(0, page)).build().encode().toUriString();
    }

    /** The current list sorted by a field; clicking the same field again reverses the order. */
    public String sortBy(String field, String currentSort) {
        String next = field.equals(currentSort) ? "-" + field : field;
        return current().replaceQueryParam("sort", next).replaceQueryParam("page", 0).build().encode().toUriString();
    }

    /**
     * The current address rebuilt from the decoded query parameters: the raw query string is already encoded, and
     * encoding it again would turn a Chinese search (q=%E5%BC%A0) into q=%25E5%25BC on the next page.
     */
    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        UriComponentsBuilder b = ServletUriComponentsBuilder.fromRequestUri(request);
        request.getParameterMap().forEach((name, values) -> b.queryParam(name, (Object[]) values));
        return b;
    }
}
