package csms.customer;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;

/**
 * Two teams for confidentiality tests (CUS-6): an owner, a teammate and their supervisor in {@code team}; an agent
 * (the stranger) and a supervisor in {@code otherTeam}; a department manager in neither.
 */
record TwoTeams(long team, long otherTeam, SignedInUser owner, SignedInUser teammate, SignedInUser supervisor,
        SignedInUser stranger, SignedInUser otherSupervisor, SignedInUser manager) {

    static TwoTeams of(Fixtures fixtures) {
        long team = fixtures.department();
        long otherTeam = fixtures.department();
        return new TwoTeams(team, otherTeam, fixtures.user(team, Role.AGENT), fixtures.user(team, Role.AGENT),
                fixtures.user(team, Role.SUPERVISOR), fixtures.user(otherTeam, Role.AGENT),
                fixtures.user(otherTeam, Role.SUPERVISOR), fixtures.user(Role.DEPT_MANAGER));
    }
}
