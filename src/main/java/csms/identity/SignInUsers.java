package csms.identity;

import csms.identity.internal.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the principal for form sign-in. */
@Component
class SignInUsers implements UserDetailsService {

    private final UserAccountRepository users;

    SignInUsers(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(UserAccount::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
