package csms.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses malformed input before anything parses it: a body over the limit is 413; a URL, query or body that is
 * not valid UTF-8 or carries a NUL character (raw, %00 or \u0000) is 400. Multipart uploads are checked by the
 * importers that read them, and have their own size limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestHygieneFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final long maxBodyBytes;

    RequestHygieneFilter(ProblemWriter problems, @Value("${csms.max-body-bytes:1048576}") long maxBodyBytes) {
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (!cleanPercentEncoded(request.getRequestURI()) || (query != null && !cleanPercentEncoded(query))) {
            reject(request, response);
            return;
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (contentType.startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.too-large");
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.too-large");
            return;
        }
        boolean clean = isStrictUtf8(body) && indexOfNul(body) < 0;
        if (clean && contentType.startsWith("application/x-www-form-urlencoded")) {
            clean = cleanPercentEncoded(new String(body, StandardCharsets.UTF_8));
        }
        if (clean && contentType.contains("json")) {
            clean = !new String(body, StandardCharsets.UTF_8).contains("\\u0000");
        }
        if (!clean) {
            reject(request, response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body,
                contentType.startsWith("application/x-www-form-urlencoded")), response);
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.BAD_REQUEST, "malformed-input", "error.malformed-input");
    }

    private static boolean hasBody(HttpServletRequest request) {
        String m = request.getMethod();
        return ("POST".equals(m) || "PUT".equals(m) || "PATCH".equals(m) || "DELETE".equals(m))
                && (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null);
    }

    /** Decodes %XX sequences and checks that the bytes are UTF-8 without NUL. */
    static boolean cleanPercentEncoded(String s) {
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[raw.length];
        int n = 0;
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '%') {
                if (i + 2 >= raw.length) {
                    return false;
                }
                int hi = Character.digit(raw[i + 1], 16);
                int lo = Character.digit(raw[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                out[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else {
                out[n++] = b;
            }
        }
        byte[] decoded = java.util.Arrays.copyOf(out, n);
        return indexOfNul(decoded) < 0 && isStrictUtf8(decoded);
    }

    static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Replays the already-read body to the rest of the chain. */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private final java.util.Map<String, String[]> parameters;

        CachedBodyRequest(HttpServletRequest request, byte[] body, boolean formBody) {
            super(request);
            this.body = body;
            this.parameters = formBody ? parse(request.getQueryString(), new String(body, StandardCharsets.UTF_8)) : null;
        }

        private static java.util.Map<String, String[]> parse(String query, String form) {
            var map = new java.util.LinkedHashMap<String, java.util.List<String>>();
            for (String part : new String[] { query, form }) {
                if (part == null || part.isEmpty()) {
                    continue;
                }
                for (String pair : part.split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String v = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    map.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(v);
                }
            }
            var result = new java.util.LinkedHashMap<String, String[]>();
            map.forEach((k, v) -> result.put(k, v.toArray(String[]::new)));
            return java.util.Collections.unmodifiableMap(result);
        }

        @Override
        public String getParameter(String name) {
            if (parameters == null) {
                return super.getParameter(name);
            }
            String[] v = parameters.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return parameters == null ? super.getParameterMap() : parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return parameters == null ? super.getParameterNames() : java.util.Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters == null ? super.getParameterValues(name) : parameters.get(name);
        }

        byte[] body() {
            return body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("synchronous only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
