package csms.demo;

import csms.identity.SignedInUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Acts as a demo user outside a request, so the facades apply their rights and the audit trail names the user
 * who would have done it (the administrator creates the staff, a supervisor registers and assigns, …).
 */
final class DemoActor {

    private final UserDetailsService userDetails;

    DemoActor(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    /** The principal of a user, as sign-in would load it. */
    SignedInUser principal(String username) {
        return (SignedInUser) userDetails.loadUserByUsername(username);
    }

    <T> T as(SignedInUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void run(SignedInUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
