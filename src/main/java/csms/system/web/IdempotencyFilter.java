package csms.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Creating API requests (POST under /api) with an {@code Idempotency-Key} header run once per key and user:
 * a repeat gets the first response back and creates nothing; a repeat with a different body is 422; a repeat
 * while the first is still running is 409. Records are kept in the database, so any node answers the repeat.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Request attribute a handler sets (to {@code true}) when its response holds a secret that must not be stored. */
    public static final String OMIT_BODY_ATTRIBUTE = "csms.idempotency.omit-body";

    private final IdempotencyStore store;
    private final ProblemWriter problems;

    public IdempotencyFilter(IdempotencyStore store, ProblemWriter problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (key.isEmpty() || key.length() > 200 || auth == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request instanceof RequestHygieneFilter.CachedBodyRequest cached ? cached.body()
                : request.getInputStream().readAllBytes();
        HttpServletRequest replay = request instanceof RequestHygieneFilter.CachedBodyRequest ? request
                : new RequestHygieneFilter.CachedBodyRequest(request, body, false);
        String hash = sha256(request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));
        Optional<IdempotencyStore.Stored> existing = store.claim(auth.getName(), key, request.getRequestURI(), hash);
        if (existing.isPresent()) {
            replayStored(request, response, existing.get(), hash);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(replay, wrapper);
            completed = true;
        } finally {
            if (completed && wrapper.getStatus() < 500) {
                // A response carrying a one-time secret is never written to the database: a repeat gets the
                // status and Location only.
                boolean omitBody = Boolean.TRUE.equals(replay.getAttribute(OMIT_BODY_ATTRIBUTE));
                store.complete(auth.getName(), key, wrapper.getStatus(), wrapper.getContentType(),
                        wrapper.getHeader(HttpHeaders.LOCATION),
                        omitBody ? "" : new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8));
            } else {
                store.release(auth.getName(), key);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private void replayStored(HttpServletRequest request, HttpServletResponse response, IdempotencyStore.Stored stored,
            String hash) throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "error.idempotency.reused");
            return;
        }
        if (stored.status() == null) {
            problems.write(request, response, HttpStatus.CONFLICT, "idempotency-in-progress", "error.idempotency.in-progress");
            return;
        }
        response.setStatus(stored.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setCharacterEncoding("UTF-8");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
