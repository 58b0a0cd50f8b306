package csms.visit.report;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.CustomerArchive;
import csms.customer.CustomerDirectory;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.XlsxText;
import csms.visit.report.SatisfactionFigures.Group;
import csms.visit.report.SatisfactionFigures.QuestionScores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The return-visit reports on the known data set of {@link VisitReportDataSet}: the satisfaction analysis (RPT-3)
 * and summary report (RPT-4) figures, the record form and the analysis in Excel, the PDFs in Chinese, and who may
 * see what (supervisors their team, managers all, agents nothing).
 */
@IntegrationTest
class VisitReportsIT {

    static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    static final LocalDate TO = LocalDate.of(2024, 4, 30);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    VisitReports reports;
    @Autowired
    AuditTrail audit;
    @Autowired
    CustomerArchive archive;
    @Autowired
    CustomerDirectory directory;

    long team;
    SignedInUser supervisor;
    SignedInUser agentA;
    SignedInUser agentB;
    long graded;

    @BeforeEach
    void dataSet() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        agentA = fixtures.user(team, Role.AGENT);
        agentB = fixtures.user(team, Role.AGENT);
        graded = VisitReportDataSet.gradedCustomer(archive, supervisor);
        new VisitReportDataSet(jdbc).insert(team, agentA.id(), agentB.id(), graded);
    }

    @Test
    void theSatisfactionAnalysisCountsVerdictsScoresAgentsAndMonthsOfTheReachedVisits() {
        SatisfactionFigures f = as(supervisor, () -> reports.satisfaction(VisitReportQuery.period(FROM, TO)));

        assertThat(f.overall()).isEqualTo(new Group(null, 4, 2, 1, 1, new BigDecimal("3.50")));
        assertThat(f.overall().satisfiedShare()).isEqualByComparingTo("50.0");
        assertThat(f.questions()).extracting(QuestionScores::question).containsExactly(
                VisitReportDataSet.QUESTIONS[0], VisitReportDataSet.QUESTIONS[1], VisitReportDataSet.QUESTIONS[2]);
        assertThat(f.questions().get(0)).isEqualTo(new QuestionScores(VisitReportDataSet.QUESTIONS[0], 4,
                new BigDecimal("3.25"), List.of(1L, 0L, 1L, 1L, 1L)));
        assertThat(f.questions().get(1).average()).isEqualByComparingTo("4.00");
        assertThat(f.byAgent()).containsExactlyInAnyOrder(
                new Group(agentA.displayName(), 2, 1, 1, 0, new BigDecimal("4.00")),
                new Group(agentB.displayName(), 2, 1, 0, 1, new BigDecimal("3.00")));
        assertThat(f.byDepartment()).singleElement().extracting(Group::visits).isEqualTo(4L);
        String grade = as(supervisor, () -> directory.card(graded)).orElseThrow().gradeCode();
        assertThat(grade).isNotNull();
        assertThat(f.byGrade()).extracting(Group::label, Group::visits, Group::satisfied).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(null, 3L, 1L), org.assertj.core.groups.Tuple.tuple(grade, 1L, 1L));
        assertThat(f.byMonth()).extracting(Group::label, Group::visits, Group::satisfied)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-03", 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple("2024-04", 2L, 1L));
    }

    @Test
    void filtersNarrowTheAnalysisAndCommentsAreTheTextAnswersAndNotes() {
        SatisfactionFigures onlyB = as(supervisor, () -> reports.satisfaction(new VisitReportQuery(FROM, TO, null,
                agentB.id(), null, null, null)));
        assertThat(onlyB.overall().visits()).isEqualTo(2);

        var comments = as(supervisor, () -> reports.comments(VisitReportQuery.period(FROM, TO),
                PageRequest.of(0, 2)));
        assertThat(comments.getTotalElements()).isEqualTo(3);
        assertThat(comments.getContent()).extracting(Comment::text)
                .containsExactly("报告出错两次，很不满意", "客户希望加快处理");
        assertThat(as(supervisor, () -> reports.comments(VisitReportQuery.period(FROM, TO), PageRequest.of(1, 2)))
                .getContent()).extracting(Comment::text).containsExactly("等待时间太长");
    }

    @Test
    void theSummaryReportCountsPlannedDoneReachedCoverageFollowUpsAndUnsatisfiedNotes() {
        VisitSummary s = as(supervisor, () -> reports.summary(VisitReportQuery.period(FROM, TO)));

        assertThat(s.planned()).isEqualTo(6);
        assertThat(s.done()).isEqualTo(4);
        assertThat(s.open()).isEqualTo(2);
        assertThat(s.reachedPercent()).isEqualTo(66);
        assertThat(s.outcomes()).containsEntry("REACHED", 4L).containsEntry("NOT_REACHED", 1L);
        assertThat(s.followUps()).isEqualTo(2);
        assertThat(s.coverage().served()).isEqualTo(5);
        assertThat(s.coverage().visitedInTime()).isEqualTo(2);
        assertThat(s.coverage().percent()).isEqualTo(40);
        assertThat(s.satisfaction().unsatisfied()).isEqualTo(1);
        assertThat(s.unsatisfiedNotes()).extracting(Comment::customerName, Comment::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张敏", "报告出错两次，很不满意"));
    }

    @Test
    void theSummarysCoverageFollowsTheAgentFilter() {
        VisitSummary onlyB = as(supervisor, () -> reports.summary(new VisitReportQuery(FROM, TO, null, agentB.id(),
                null, null, null)));

        assertThat(onlyB.coverage().served()).isEqualTo(2);
        assertThat(onlyB.coverage().visitedInTime()).isEqualTo(1);
        assertThat(onlyB.coverage().percent()).isEqualTo(50);
    }

    @Test
    void aSupervisorSeesOnlyTheTeamAManagerAllAndAnAgentNothing() throws Exception {
        SignedInUser otherSupervisor = fixtures.user(fixtures.department(), Role.SUPERVISOR);
        SignedInUser manager = fixtures.user(Role.DEPT_MANAGER);

        assertThat(as(otherSupervisor, () -> reports.satisfaction(VisitReportQuery.period(FROM, TO))).overall()
                .visits()).isZero();
        assertThat(as(manager, () -> reports.satisfaction(new VisitReportQuery(FROM, TO, team, null, null, null,
                null))).overall().visits()).isEqualTo(4);
        assertThatThrownBy(() -> as(agentA, () -> reports.satisfaction(VisitReportQuery.period(FROM, TO))))
                .isInstanceOf(AccessDeniedException.class);
        for (String path : List.of("/visits/reports/satisfaction", "/visits/reports/summary",
                "/visits/reports/records.xlsx", "/visits/reports/summary.pdf")) {
            mvc.perform(period(path, agentA)).andExpect(status().isForbidden());
        }
    }

    @Test
    void thePagesShowTheFiguresChartsAndComments() throws Exception {
        mvc.perform(period("/visits/reports/satisfaction", supervisor)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("满意度分析")))
                .andExpect(content().string(Matchers.containsString("chart-verdicts")))
                .andExpect(content().string(Matchers.containsString("等待时间太长")))
                .andExpect(content().string(Matchers.containsString(agentB.displayName())));
        mvc.perform(period("/visits/reports/summary", supervisor)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("回访总结报告")))
                .andExpect(content().string(Matchers.containsString("66%")))
                .andExpect(content().string(Matchers.containsString("报告出错两次，很不满意")));
        mvc.perform(get("/visits/reports/satisfaction").param("from", "2024-04-30").param("to", "2024-03-01")
                .with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
    }

    @Test
    void theRecordFormHasARowPerVisitWithTheAnswersAndIsAudited() throws Exception {
        MockHttpServletResponse response = download("/visits/reports/records.xlsx");

        List<List<String>> rows = XlsxText.firstSheet(response.getContentAsByteArray());
        assertThat(rows.getFirst()).startsWith("回访编号", "客户", "回访类型", "来源请求", "回访人员");
        assertThat(rows).hasSize(1 + 6);
        assertThat(rows.get(1)).contains("王伟", "服务回访", agentA.displayName(), "已回访", "已接通", "满意",
                VisitReportDataSet.QUESTIONS[0] + ": 5");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("李娜", VisitReportDataSet.QUESTIONS[3]
                + ": 等待时间太长", "客户希望加快处理"));
        assertThat(audit.find(new AuditQuery(null, "visitreport.exported", VisitReportMailing.SUBJECT, null, null,
                null), PageRequest.of(0, 50)).getContent()).anySatisfy(e -> assertThat(e.getSummary())
                        .contains("rows=6", "department=" + team));
    }

    @Test
    void theAnalysisDownloadsAsExcelAndAsAChinesePdf() throws Exception {
        List<List<String>> rows = XlsxText.firstSheet(download("/visits/reports/satisfaction.xlsx")
                .getContentAsByteArray());
        assertThat(rows.getFirst()).startsWith("统计项", "明细", "回访数", "满意", "一般", "不满意");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("汇总", "合计", "4", "2", "1", "1", "50.0", "3.50"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("按回访人员", agentB.displayName(), "2", "1", "0",
                "1"));

        MockHttpServletResponse pdf = download("/visits/reports/satisfaction.pdf");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).endsWith("-2024-03-01%E8%87%B32024-04-30.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("满意度分析", "统计期间：2024-03-01 至 2024-04-30",
                    "等待时间太长");
        }
        try (PDDocument doc = Loader.loadPDF(download("/visits/reports/summary.pdf").getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("回访总结报告", "报告出错两次，很不满意");
        }
    }

    MockHttpServletRequestBuilder period(String path, SignedInUser user) {
        return get(path).param("from", FROM.toString()).param("to", TO.toString())
                .param("departmentId", String.valueOf(team)).header("Accept-Language", "zh-CN")
                .with(Fixtures.as(user));
    }

    MockHttpServletResponse download(String path) throws Exception {
        MvcResult started = mvc.perform(period(path, supervisor)).andReturn();
        MockHttpServletResponse response = started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn().getResponse() : started.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }
}
