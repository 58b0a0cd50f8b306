package csms.identity;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a user outside that user's own request (demo data, a public survey answer recorded for the agent, a
 * download streamed on another thread), so the facades check that user's rights and the audit trail names them.
 * The security context in place before is restored afterwards, also when the work throws. In the identity module's
 * API because the principal is a {@link SignedInUser}; every module that acts for a user may depend on identity.
 */
public final class RunAs {

    private RunAs() {
    }

    /** Work that returns a result and may throw a checked exception (as a streamed download does). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T get() throws E;
    }

    /** The work's result, computed signed in as {@code user} with the user's roles. */
    public static <T, E extends Exception> T user(SignedInUser user, Work<T, E> work) throws E {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return within(context, work);
    }

    /** The work's result, computed within {@code context}, e.g. the one captured on the request's thread. */
    public static <T, E extends Exception> T within(SecurityContext context, Work<T, E> work) throws E {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
