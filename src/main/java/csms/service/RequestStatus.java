package csms.service;

/**
 * Where a request stands: open (being worked on), waiting (a department is answering a referred question),
 * resolved (answered; a complaint that awaits its follow-up visit stays open) and closed.
 */
public enum RequestStatus {
    OPEN, WAITING, RESOLVED, CLOSED;

    public boolean isActive() {
        return this == OPEN || this == WAITING;
    }
}
