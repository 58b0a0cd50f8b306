package csms.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.web.util.UriComponentsBuilder;

/** Where "go back" may lead: the path of a Referer on this site, never another host. */
final class SameSiteReferer {

    private SameSiteReferer() {
    }

    /** The referring page's path and query within this application (without {@code lang}), or "/" if it is elsewhere. */
    static String pathOf(String referer, HttpServletRequest request) {
        if (referer == null || referer.isBlank()) {
            return "/";
        }
        URI uri;
        try {
            uri = new URI(referer.strip());
        } catch (URISyntaxException e) {
            return "/";
        }
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.getRawPath();
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                || (uri.getPort() != -1 && uri.getPort() != request.getServerPort())
                || path == null || !path.startsWith(context + "/") || path.startsWith("//")) {
            return "/";
        }
        String within = path.substring(context.length());
        if (within.startsWith("//") || within.startsWith("/account/language")) {
            return "/";
        }
        String query = UriComponentsBuilder.fromUri(uri).replaceQueryParam("lang").build().getQuery();
        return query == null || query.isEmpty() ? within : within + "?" + query;
    }
}
