package csms.workforce;

import csms.identity.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether a user is signed in: the pay run reads the month facades without one (as the system). */
final class SecurityContextAccess {

    private SecurityContextAccess() {
    }

    static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser;
    }
}
