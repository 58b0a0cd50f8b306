package csms.demo;

import csms.demo.DemoPlan.StaffMember;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.NewUser;
import csms.identity.SignedInUser;
import csms.identity.UserAccounts;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.system.SetupForm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sets up the demo organisation through the real facades: first-run setup with the administrator, then, as the
 * administrator, the teams, every other login and each team's supervisor.
 */
final class DemoStaff {

    /** A team: its department, supervisor and agents. */
    record Team(long departmentId, String name, SignedInUser supervisor, List<SignedInUser> agents) {
    }

    /** Who the customers are worked by. */
    record Staffing(SignedInUser manager, List<Team> teams, List<Long> accountManagerIds) {
    }

    private final OrganisationSettings organisation;
    private final UserAccounts users;
    private final Departments departments;
    private final DemoActor actor;

    DemoStaff(OrganisationSettings organisation, UserAccounts users, Departments departments, DemoActor actor) {
        this.organisation = organisation;
        this.users = users;
        this.departments = departments;
        this.actor = actor;
    }

    Staffing create(DemoPlan plan) {
        StaffMember admin = plan.administrator();
        organisation.setUp(new SetupForm(plan.organisationName(), plan.serviceCentreName(), plan.timeZone(),
                admin.username(), admin.displayName(), plan.password(), plan.password()));
        actor.run(actor.principal(admin.username()), () -> {
            Map<String, Department> teams = new LinkedHashMap<>();
            plan.teams().forEach(name -> teams.put(name, departments.create(name, null)));
            plan.staff().stream().filter(s -> s != admin).forEach(s -> users.create(new NewUser(s.username(),
                    s.displayName(), plan.password(), EnumSet.of(s.role()), s.agentNumber(),
                    s.department() == null ? null : teams.get(s.department()).getId(), null)));
            teams.values().forEach(d -> departments.update(d.getId(), d.getName(),
                    actor.principal(supervisorOf(plan, d.getName()).username()).id(), d.getVersion()));
        });
        return staffing(plan);
    }

    private Staffing staffing(DemoPlan plan) {
        List<Team> teams = new ArrayList<>();
        for (Department d : departments.all()) {
            if (!plan.teams().contains(d.getName())) {
                continue;
            }
            List<SignedInUser> agents = plan.staff().stream()
                    .filter(s -> s.role() == Role.AGENT && d.getName().equals(s.department()))
                    .map(s -> actor.principal(s.username())).toList();
            teams.add(new Team(d.getId(), d.getName(), actor.principal(supervisorOf(plan, d.getName()).username()),
                    agents));
        }
        SignedInUser manager = actor.principal(plan.staff().stream().filter(s -> s.role() == Role.DEPT_MANAGER)
                .findFirst().orElseThrow(() -> new IllegalStateException("demo-staff.csv has no DEPT_MANAGER"))
                .username());
        List<Long> accountManagers = new ArrayList<>();
        teams.forEach(t -> accountManagers.add(t.supervisor().id()));
        accountManagers.add(manager.id());
        return new Staffing(manager, teams, accountManagers);
    }

    private static StaffMember supervisorOf(DemoPlan plan, String team) {
        return plan.staff().stream().filter(s -> s.role() == Role.SUPERVISOR && Objects.equals(team, s.department()))
                .findFirst().orElseThrow(() -> new IllegalStateException("demo-staff.csv: no SUPERVISOR in " + team));
    }
}
