package csms.system.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to another page of the current list, keeping its filters and sort: {@code ${@pageLinks.to(2)}}. */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", Math.max(0, page))
                .build().encode().toUriString();
    }

    /** The current list sorted by a field; clicking the same field again reverses the order. */
    public String sortBy(String field, String currentSort) {
        String next = field.equals(currentSort) ? "-" + field : field;
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("sort", next)
                .replaceQueryParam("page", 0).build().encode().toUriString();
    }
}
