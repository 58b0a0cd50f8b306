package csms.demo;

import csms.identity.RunAs;
import csms.identity.SignedInUser;
import java.util.function.Supplier;
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
        return RunAs.user(user, work::get);
    }

    void run(SignedInUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
