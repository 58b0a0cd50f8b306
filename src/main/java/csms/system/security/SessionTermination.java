package csms.system.security;

import csms.identity.UserAccessChanged;
import csms.identity.UserDisabled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Ends every session of a user who was disabled or whose rights changed, on every node (sessions are in the database). */
@Component
class SessionTermination {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(UserDisabled event) {
        endSessionsOf(event.username());
    }

    @TransactionalEventListener
    void on(UserAccessChanged event) {
        endSessionsOf(event.username());
    }

    void endSessionsOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
