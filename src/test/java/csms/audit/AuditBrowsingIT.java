package csms.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.Departments;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Browsing the trail: who may, filters by actor, action and day, newest first, labels and changes shown. */
@IntegrationTest
class AuditBrowsingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Departments departments;
    @Autowired
    AuditTrail audit;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    TransactionTemplate tx;

    @Test
    void supervisorsAndAboveAndAdministratorsMayBrowseOthersMayNot() throws Exception {
        for (Role role : new Role[] { Role.SUPERVISOR, Role.DEPT_MANAGER, Role.DIRECTOR, Role.ADMIN }) {
            SignedInUser user = fixtures.user(role);
            mvc.perform(get("/audit").with(Fixtures.as(user))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/audit").with(Fixtures.as(user))).andExpect(status().isOk());
        }
        for (Role role : new Role[] { Role.AGENT, Role.HR }) {
            SignedInUser user = fixtures.user(role);
            mvc.perform(get("/audit").with(Fixtures.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit").with(Fixtures.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void thePageFiltersByActorAndActionAndShowsLabelsAndChanges() throws Exception {
        SignedInUser first = fixtures.user(Role.ADMIN);
        SignedInUser second = fixtures.user(Role.ADMIN);
        SignedInUser supervisor = fixtures.user(Role.SUPERVISOR);
        String mine = "审计甲-" + System.nanoTime();
        String theirs = "审计乙-" + System.nanoTime();
        Fixtures.as(first, () -> departments.create(mine, supervisor.id()));
        Fixtures.as(second, () -> departments.create(theirs, null));

        mvc.perform(get("/audit?actor=" + first.getUsername() + "&action=department.created").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mine)))
                .andExpect(content().string(not(containsString(theirs))))
                .andExpect(content().string(containsString("创建部门")))
                .andExpect(content().string(containsString("class=\"history-changes\"")))
                .andExpect(content().string(containsString("supervisorId: ∅ → " + supervisor.id())));
        mvc.perform(get("/audit?actor=" + first.getUsername() + "&action=user.disabled").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("empty-state")))
                .andExpect(content().string(not(containsString(mine))));
    }

    @Test
    void theApiFiltersByActorActionAndDayNewestFirst() throws Exception {
        SignedInUser admin = fixtures.user(Role.ADMIN);
        String older = "较早-" + System.nanoTime();
        String newer = "较晚-" + System.nanoTime();
        Fixtures.as(admin, () -> departments.create(older, null));
        Fixtures.as(admin, () -> departments.create(newer, null));
        LocalDate today = LocalDate.now(organisation.zone());
        String base = "/api/v1/audit?actor=" + admin.getUsername() + "&action=department.created";

        mvc.perform(get(base).with(Fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content[0].summary").value(newer))
                .andExpect(jsonPath("$.content[1].summary").value(older))
                .andExpect(jsonPath("$.content[0].actor").value(admin.getUsername()));
        mvc.perform(get(base + "&from=" + today + "&to=" + today).with(Fixtures.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get(base + "&from=" + today.plusDays(1)).with(Fixtures.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(base + "&to=" + today.minusDays(1)).with(Fixtures.as(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(base + "&sort=occurredAt").with(Fixtures.as(admin)))
                .andExpect(jsonPath("$.content[0].summary").value(older));
        mvc.perform(get(base + "&from=yesterday").with(Fixtures.as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(base + "&sort=actor").with(Fixtures.as(admin))).andExpect(status().isUnprocessableContent());
    }

    @Test
    void anUnknownActionIsShownByItsKeyAndABadDateIsReportedOnThePage() throws Exception {
        SignedInUser admin = fixtures.user(Role.ADMIN);
        tx.executeWithoutResult(s -> audit.recordAs(admin.getUsername(), "custom.never-labelled", "Thing", 7, "未知操作", null));
        mvc.perform(get("/audit?actor=" + admin.getUsername() + "&from=2026-13-45").with(Fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("custom.never-labelled")))
                .andExpect(content().string(containsString("未知操作")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(audit.browse(new AuditQuery(admin.getUsername(), null, "Thing", "7", null, null),
                csms.shared.PageQuery.of(0, 5, null)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void contactDataInChangesIsMaskedOnThePageAndInTheApi() throws Exception {
        var admin = fixtures.user(csms.shared.Role.ADMIN);
        String subject = "MaskProbe" + System.nanoTime();
        tx.executeWithoutResult(t -> Fixtures.as(admin, () -> {
            audit.record("customer.registered", subject, 1, "张三", csms.audit.Changes.none()
                    .field("phones", null, "13812345678").field("address", null, "上海市浦东新区世纪大道100号"));
            return null;
        }));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/audit")
                        .param("subjectType", subject).with(Fixtures.as(admin)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.content[0].changes")
                        .value("phones: ∅ → 138****5678\naddress: ∅ → 上海市浦东新****"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/audit")
                        .param("subjectType", subject).with(Fixtures.as(admin)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("138****5678"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13812345678")))));
    }
}
