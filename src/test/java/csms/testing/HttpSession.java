package csms.testing;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal browser over real HTTP: keeps cookies, reads the CSRF token from pages, signs in. */
public class HttpSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public HttpSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token taken from {@code formPage}. */
    public HttpResponse<String> postForm(String formPage, String path, String... nameValues) throws Exception {
        Matcher m = CSRF.matcher(get(formPage).body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        StringBuilder body = new StringBuilder("_csrf=").append(enc(m.group(1)));
        for (int i = 0; i < nameValues.length; i += 2) {
            body.append('&').append(enc(nameValues[i])).append('=').append(enc(nameValues[i + 1]));
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form; returns the HTTP status (302 on success and failure alike). */
    public int signIn(String username, String password) throws Exception {
        HttpResponse<String> r = postForm("/login", "/login", "username", username, "password", password);
        return r.statusCode();
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Copies this browser's cookies into another, e.g. to use the same session on a second node. */
    public void shareCookiesWith(HttpSession other) {
        cookies.getCookieStore().getCookies().forEach(c -> other.cookies.getCookieStore().add(URI.create(other.base), c));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
