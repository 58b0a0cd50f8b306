package csms.visit;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.identity.SignedInUser;
import csms.service.Satisfaction;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.system.OrganisationSettings;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.visit.report.VisitReportQuery;
import csms.visit.report.VisitReports;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Return-visit campaigns (VIS-6, RPT-4) through the facade, the pages and the API: the count of the selection,
 * the even distribution, the progress per agent, closing (open visits cancelled, read-only afterwards) and who may.
 */
@IntegrationTest
class VisitCampaignsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerAssignment assignment;
    @Autowired
    VisitCampaigns campaigns;
    @Autowired
    ReturnVisits visits;
    @Autowired
    VisitReports reports;
    @Autowired
    OrganisationSettings organisation;
    @Autowired
    QuietHoursPolicy quietHours;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    long team;
    SignedInUser supervisor;
    SignedInUser owner;
    SignedInUser a1;
    SignedInUser a2;
    SignedInUser a3;
    List<Long> customers;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        owner = fixtures.user(team, Role.AGENT);
        a1 = fixtures.user(team, Role.AGENT);
        a2 = fixtures.user(team, Role.AGENT);
        a3 = fixtures.user(team, Role.AGENT);
        customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(VisitTestData.customer(archive, supervisor, "活动客户" + i, i % 2 == 0));
        }
        as(supervisor, () -> assignment.assign(customers, owner.id()));
    }

    @Test
    void theSelectionIsCountedBeforeTheCampaignIsCreated() throws Exception {
        assertThat(as(supervisor, () -> campaigns.count(ownedBy(owner)))).isEqualTo(10);
        assertThat(as(supervisor, () -> campaigns.count(new CampaignDraft.Selection(null, null, true, null, null,
                String.valueOf(owner.id()), null)))).isEqualTo(5);
        mvc.perform(get("/visits/campaigns/count").param("owner", String.valueOf(owner.id()))
                .with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("符合条件的客户：10 位")));
        mvc.perform(get("/visits/campaigns/count").param("owner", "somebody").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("筛选条件无效。")));
    }

    @Test
    void tenCustomersGoToThreeAgentsFourThreeThreeAsCampaignVisitsDueByTheCampaignDate() {
        VisitCampaign c = create("十月会员回访");
        Map<Long, Integer> perAgent = as(supervisor, () -> campaigns.distribute(c.getId(),
                List.of(a1.id(), a2.id(), a3.id()), c.getVersion()));

        assertThat(perAgent).containsEntry(a1.id(), 4).containsEntry(a2.id(), 3).containsEntry(a3.id(), 3);
        Instant dueBy = c.getDueDate().plusDays(1).atStartOfDay(organisation.zone()).toInstant();
        Page page = openVisits(supervisor, c.getId(), null);
        assertThat(page.total()).isEqualTo(10);
        for (VisitRow row : page.rows()) {
            ReturnVisit v = row.visit();
            assertThat(v.getKind()).isEqualTo(VisitKind.CAMPAIGN);
            assertThat(v.getCampaignId()).isEqualTo(c.getId());
            assertThat(v.getDueBy()).isEqualTo(dueBy);
            assertThat(v.getDepartmentId()).isEqualTo(team);
            assertThat(quietHours.organisation().isQuiet(v.getPlannedAt(), organisation.zone())).isFalse();
        }
        assertThat(openVisits(a2, c.getId(), null).total()).isEqualTo(3);
        assertThat(openVisits(supervisor, c.getId(), a1.id()).total()).isEqualTo(4);
        assertThat(as(supervisor, () -> campaigns.get(c.getId())).getStatus()).isEqualTo(CampaignStatus.ACTIVE);
        long version = as(supervisor, () -> campaigns.get(c.getId())).getVersion();
        assertThatThrownBy(() -> as(supervisor, () -> campaigns.distribute(c.getId(), List.of(a1.id()), version)))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForObject("select count(*) from return_visit where campaign_id = ?", Long.class,
                c.getId())).isEqualTo(10);
        assertThat(auditCount("visit.campaign-distributed", c.getId())).isEqualTo(1);
    }

    @Test
    void theOwnerAmongTheChosenAgentsKeepsTheirCustomersWithinTheBalance() {
        VisitCampaign c = create("负责人回访");
        Map<Long, Integer> perAgent = as(supervisor, () -> campaigns.distribute(c.getId(),
                List.of(a1.id(), owner.id(), a2.id()), c.getVersion()));
        assertThat(perAgent).containsEntry(owner.id(), 4).containsEntry(a1.id(), 3).containsEntry(a2.id(), 3);
    }

    @Test
    void theProgressCountsEachAgentsVisitsByOutcomeAndTheOverdueOnes() {
        VisitCampaign c = distributed("进度回访");
        List<VisitRow> mine = openVisits(a1, c.getId(), null).rows();
        record(a1, mine.get(0).visit(), VisitOutcome.REACHED);
        record(a1, mine.get(1).visit(), VisitOutcome.NOT_REACHED);
        record(a1, mine.get(2).visit(), VisitOutcome.REFUSED);
        jdbc.update("update return_visit set due_by = ? where id = ?", java.sql.Timestamp.from(Instant.now()
                .minusSeconds(3600)), mine.get(3).visit().getId());

        CampaignProgress p = as(supervisor, () -> campaigns.progress(c.getId()));
        assertThat(p.total()).isEqualTo(new CampaignProgress.Counts(7, 1, 1, 1, 0, 1));
        assertThat(p.total().total()).isEqualTo(10);
        CampaignProgress.Counts first = p.agents().stream().filter(a -> a.agentId() == a1.id()).findFirst()
                .orElseThrow().counts();
        assertThat(first).isEqualTo(new CampaignProgress.Counts(1, 1, 1, 1, 0, 1));
        assertThat(p.agents()).hasSize(3);
        assertThat(p.selected()).isEqualTo(-1);

        VisitReportQuery campaignOnly = new VisitReportQuery(p.reportFrom(), p.reportTo(), null, null, null, null,
                null, c.getId());
        var summary = as(supervisor, () -> reports.summary(campaignOnly));
        assertThat(summary.planned()).isEqualTo(10);
        assertThat(summary.done()).isEqualTo(1);
    }

    @Test
    void closingCancelsTheOpenVisitsAndLeavesTheCampaignReadOnly() {
        VisitCampaign c = distributed("结束回访");
        List<VisitRow> mine = openVisits(a1, c.getId(), null).rows();
        record(a1, mine.get(0).visit(), VisitOutcome.REACHED);
        long version = as(supervisor, () -> campaigns.get(c.getId())).getVersion();
        assertThatThrownBy(() -> as(supervisor, () -> campaigns.close(c.getId(), version - 1)))
                .isInstanceOf(ConflictException.class);

        assertThat(as(supervisor, () -> campaigns.close(c.getId(), version))).isEqualTo(9);

        CampaignProgress p = as(supervisor, () -> campaigns.progress(c.getId()));
        assertThat(p.campaign().getStatus()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(p.total()).isEqualTo(new CampaignProgress.Counts(0, 0, 1, 0, 9, 0));
        assertThat(openVisits(supervisor, c.getId(), null).total()).isZero();
        assertThat(auditCount("visit.campaign-closed", c.getId())).isEqualTo(1);
        long closed = p.campaign().getVersion();
        assertThatThrownBy(() -> as(supervisor, () -> campaigns.change(c.getId(), draft("改名"), closed)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("campaign.closed");
        assertThatThrownBy(() -> as(supervisor, () -> campaigns.close(c.getId(), closed)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(a1, () -> visits.record(mine.get(1).visit().getId(), new VisitRecord(
                VisitOutcome.REFUSED, null, List.of(), null, null, false, mine.get(1).visit().getVersion() + 1))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAgentMayNotCreateCampaignsAndAnotherTeamsSupervisorDoesNotSeeThem() throws Exception {
        assertThatThrownBy(() -> as(a1, () -> campaigns.create(draft("坐席活动"))))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(post("/api/v1/visit-campaigns").with(Fixtures.as(a1)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json("坐席活动")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/visits/campaigns").with(Fixtures.as(a1))).andExpect(status().isForbidden());

        VisitCampaign c = create("本组活动");
        SignedInUser stranger = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        assertThatThrownBy(() -> as(stranger, () -> campaigns.progress(c.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(stranger, () -> campaigns.list(null, PageQuery.of(0, 100, null))).getContent())
                .noneMatch(r -> r.campaign().getId().equals(c.getId()));
        SignedInUser manager = fixtures.user(fixtures.department(), Role.DEPT_MANAGER);
        assertThat(as(manager, () -> campaigns.progress(c.getId())).campaign().getName()).isEqualTo("本组活动");
        assertThatThrownBy(() -> as(supervisor, () -> campaigns.distribute(c.getId(), List.of(stranger.id()),
                c.getVersion()))).isInstanceOf(csms.shared.RuleViolation.class);
    }

    @Test
    void theApiCreatesDistributesReadsAndClosesWithProblemDetails() throws Exception {
        String created = mvc.perform(post("/api/v1/visit-campaigns").with(Fixtures.as(supervisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json("接口活动")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT")).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/visit-campaigns").with(Fixtures.as(supervisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"PHONE\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(get("/api/v1/visit-campaigns/" + id).with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.selected").value(10));
        mvc.perform(post("/api/v1/visit-campaigns/" + id + "/distribute").with(Fixtures.as(supervisor)).with(csrf())
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"agentIds\":[" + a1.id() + "," + a2.id() + "," + a3.id() + "]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$['" + a1.id() + "']").value(4));
        mvc.perform(get("/api/v1/visit-campaigns").param("status", "ACTIVE").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].campaign.id").value(id))
                .andExpect(jsonPath("$.content[0].visits").value(10));
        mvc.perform(post("/api/v1/visit-campaigns/" + id + "/close").with(Fixtures.as(supervisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cancelledVisits").value(10));
        mvc.perform(put("/api/v1/visit-campaigns/" + id).with(Fixtures.as(supervisor)).with(csrf())
                .header("If-Match", "\"2\"").contentType(MediaType.APPLICATION_JSON).content(json("改名")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void thePagesCreateDistributeAndShowTheProgressWithALinkToTheSummaryReport() throws Exception {
        String location = mvc.perform(post("/visits/campaigns").with(Fixtures.as(supervisor)).with(csrf())
                .param("name", "页面活动").param("channel", "SMS").param("dueDate", due().toString())
                .param("owner", String.valueOf(owner.id())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/visits/campaigns/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("符合条件的客户：10 位")));
        mvc.perform(post(location + "/distribute").with(Fixtures.as(supervisor)).with(csrf()).param("version", "0"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(location + "/distribute").with(Fixtures.as(supervisor)).with(csrf()).param("version", "0")
                .param("agentIds", String.valueOf(a1.id()), String.valueOf(a2.id())))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get(location).with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/visits?campaign=" + id).contains("/visits/reports/summary?campaignId=" + id)
                .containsPattern("id=\"campaign-total\">\\s*<td>合计</td>\\s*<td class=\"text-end\">10</td>");
        mvc.perform(get("/visits").param("campaign", String.valueOf(id)).with(Fixtures.as(a1)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "data-campaign-filter")));
        mvc.perform(get("/visits/reports/summary").param("campaignId", String.valueOf(id))
                .param("from", LocalDate.now(organisation.zone()).toString()).param("to", due().toString())
                .with(Fixtures.as(supervisor))).andExpect(status().isOk());
        mvc.perform(get(location + "/close").with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("尚未完成的 10 条回访将被取消")));
        mvc.perform(post(location + "/close").with(Fixtures.as(supervisor)).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location).with(Fixtures.as(supervisor)).with(csrf()).param("name", "改名")
                .param("channel", "SMS").param("dueDate", due().toString()).param("version", "2"))
                .andExpect(status().isConflict());
        mvc.perform(get("/visits/campaigns").param("status", "CLOSED").with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "campaign-" + id)));
    }

    private VisitCampaign create(String name) {
        return as(supervisor, () -> campaigns.create(draft(name)));
    }

    private VisitCampaign distributed(String name) {
        VisitCampaign c = create(name);
        as(supervisor, () -> campaigns.distribute(c.getId(), List.of(a1.id(), a2.id(), a3.id()), c.getVersion()));
        return c;
    }

    private CampaignDraft draft(String name) {
        return new CampaignDraft(name, "了解会员对检测服务的满意度", CampaignChannel.PHONE, due(), ownedBy(owner));
    }

    private String json(String name) {
        return "{\"name\":\"" + name + "\",\"channel\":\"PHONE\",\"dueDate\":\"" + due()
                + "\",\"selection\":{\"owner\":\"" + owner.id() + "\"}}";
    }

    private LocalDate due() {
        return LocalDate.now(organisation.zone()).plusDays(7);
    }

    private static CampaignDraft.Selection ownedBy(SignedInUser owner) {
        return new CampaignDraft.Selection(null, null, null, null, null, String.valueOf(owner.id()), null);
    }

    private record Page(long total, List<VisitRow> rows) {
    }

    private Page openVisits(SignedInUser user, long campaignId, Long agentId) {
        var p = as(user, () -> visits.list(VisitView.OPEN, null, campaignId, agentId, false, PageQuery.of(0, 100,
                null)));
        return new Page(p.getTotalElements(), p.getContent());
    }

    private void record(SignedInUser agent, ReturnVisit v, VisitOutcome outcome) {
        as(agent, () -> visits.record(v.getId(), new VisitRecord(outcome, outcome == VisitOutcome.REACHED
                ? Satisfaction.SATISFIED : null, List.of(), null, null, false, v.getVersion())));
    }

    private long auditCount(String action, long id) {
        return audit.find(new AuditQuery(null, action, VisitCampaigns.SUBJECT, String.valueOf(id), null, null),
                PageRequest.of(0, 5)).getTotalElements();
    }
}
