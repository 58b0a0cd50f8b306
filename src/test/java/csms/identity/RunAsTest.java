package csms.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.Role;
import csms.testing.SliceUsers;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

class RunAsTest {

    final SecurityContext before = SecurityContextHolder.createEmptyContext();

    @BeforeEach
    void someoneIsSignedIn() {
        before.setAuthentication(new TestingAuthenticationToken("before", null, "ROLE_AGENT"));
        SecurityContextHolder.setContext(before);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void runsTheWorkAsTheUserWithTheUsersRoles() {
        SignedInUser supervisor = SliceUsers.supervisor();

        SignedInUser seen = RunAs.user(supervisor, SignedInUser::current);

        assertThat(seen).isEqualTo(supervisor);
        assertThat(RunAs.user(supervisor, () -> SecurityContextHolder.getContext().getAuthentication()))
                .satisfies(auth -> assertThat(auth.isAuthenticated()).isTrue())
                .satisfies(auth -> assertThat(auth.getAuthorities()).extracting(a -> a.getAuthority())
                        .containsExactly(Role.SUPERVISOR.authority()));
    }

    @Test
    void restoresThePreviousContextAfterTheWork() {
        RunAs.user(SliceUsers.hr(), () -> "done");

        assertThat(SecurityContextHolder.getContext()).isSameAs(before);
    }

    @Test
    void restoresThePreviousContextWhenTheWorkFails() {
        assertThatThrownBy(() -> RunAs.user(SliceUsers.hr(), () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(SecurityContextHolder.getContext()).isSameAs(before);

        assertThatThrownBy(() -> RunAs.user(SliceUsers.hr(), () -> {
            throw new IOException("client gone");
        })).isInstanceOf(IOException.class);
        assertThat(SecurityContextHolder.getContext()).isSameAs(before);
    }

    @Test
    void runsWithinAGivenContextAndRestoresThePreviousOne() {
        SecurityContext captured = SecurityContextHolder.createEmptyContext();
        captured.setAuthentication(new TestingAuthenticationToken("captured", null));

        Object principal = RunAs.within(captured,
                () -> SecurityContextHolder.getContext().getAuthentication().getPrincipal());

        assertThat(principal).isEqualTo("captured");
        assertThat(SecurityContextHolder.getContext()).isSameAs(before);
    }

    @Test
    void nestedRunsRestoreEachLevel() {
        SignedInUser outer = SliceUsers.supervisor();

        SignedInUser afterInner = RunAs.user(outer, () -> {
            RunAs.user(SliceUsers.agent(), SignedInUser::current);
            return SignedInUser.current();
        });

        assertThat(afterInner).isEqualTo(outer);
        assertThat(SecurityContextHolder.getContext()).isSameAs(before);
    }
}
