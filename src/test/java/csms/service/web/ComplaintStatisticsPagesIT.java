package csms.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.service.ComplaintStatisticsDataSet;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import csms.testing.XlsxText;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The complaint classification statistics page, its Excel and PDF downloads and the API, on the known data set of
 * {@link ComplaintStatisticsDataSet} as the team's supervisor sees it (five complaints).
 */
@IntegrationTest
class ComplaintStatisticsPagesIT {

    static final String PAGE = "/requests/statistics";
    static final String API = "/api/v1/requests/statistics";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;

    @BeforeEach
    void dataSet() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        agent = fixtures.user(team, Role.AGENT);
        new ComplaintStatisticsDataSet(jdbc).insert(team, fixtures.department());
    }

    MockHttpServletRequestBuilder period(String path, SignedInUser user) {
        return get(path).param("from", "2024-03-01").param("to", "2024-04-30")
                .param("departmentId", String.valueOf(team)).header("Accept-Language", "zh-CN")
                .with(Fixtures.as(user));
    }

    MockHttpServletResponse download(String path) throws Exception {
        MvcResult started = mvc.perform(period(path, supervisor)).andReturn();
        MockHttpServletResponse response = mvc.perform(asyncDispatch(started)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    @Test
    void thePageShowsTheFiguresTablesAndChartOptionsOfThePeriod() throws Exception {
        String html = mvc.perform(period(PAGE, supervisor)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).contains("顾客投诉分类统计表", "/js/charts.js", "href=\"/requests/statistics.xlsx?from=2024-03-01");
        assertThat(html).contains("<div class=\"fs-4\">5</div>", "<div class=\"fs-4\">200.00</div>");
        assertThat(html).contains("<td>流程与制度</td><td class=\"text-end\">2</td>", "<td>未分类</td>",
                "<td>对结果有疑问</td>", "<td>电话</td><td class=\"text-end\">3</td>", "<td>重大投诉</td>");
        assertThat(html).as("judgement: 7 business hours over 4 complaints")
                .contains("<td>判定</td><td class=\"text-end\">4</td>", "<td class=\"text-end\">1.8</td>");
        assertThat(html).contains("<th class=\"text-end\">2024-03</th><th class=\"text-end\">2024-04</th>");
        assertThat(html).contains("<script type=\"application/json\" id=\"chart-category\">")
                .contains("\"type\":\"pie\"", "\"value\":2", "\"type\":\"line\"", "\"data\":[1,1]");
    }

    @Test
    void withoutAPeriodThePageOpensOnTheCurrentMonth() throws Exception {
        String location = mvc.perform(get(PAGE).with(Fixtures.as(supervisor))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).matches("/requests/statistics\\?from=\\d{4}-\\d{2}-01&to=\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aBadPeriodReRendersTheFormWithTheFieldError() throws Exception {
        String html = mvc.perform(get(PAGE).param("from", "2024-04-01").param("to", "2024-03-01")
                .header("Accept-Language", "zh-CN").with(Fixtures.as(supervisor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("结束日期不能早于开始日期", "is-invalid", "value=\"2024-04-01\"")
                .doesNotContain("chart-category");
    }

    @Test
    void theExcelDownloadHasTheCountsOfThePeriod() throws Exception {
        MockHttpServletResponse response = download(PAGE + ".xlsx");

        assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''"
                + "%E9%A1%BE%E5%AE%A2%E6%8A%95%E8%AF%89%E5%88%86%E7%B1%BB%E7%BB%9F%E8%AE%A1%E8%A1%A8"
                + "-2024-03-01%E8%87%B32024-04-30.xlsx");
        List<List<String>> rows = XlsxText.firstSheet(response.getContentAsByteArray());
        assertThat(rows.getFirst()).startsWith("统计项", "明细", "件数", "占比（%）");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("汇总", "投诉总数", "5"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("按投诉分类", "流程与制度", "2", "40.0"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("按受理渠道", "电话", "3"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("月度趋势", "2024-04 未分类", "1"));
    }

    @Test
    void thePdfDownloadPrintsTheTablesInChinese() throws Exception {
        MockHttpServletResponse response = download(PAGE + ".pdf");

        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).endsWith("-2024-03-01%E8%87%B32024-04-30.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("顾客投诉分类统计表", "统计期间：2024-03-01 至 2024-04-30", "流程与制度 2 40.0%",
                    "投诉总数 5");
        }
    }

    @Test
    void theApiAnswersTheFiguresAndRefusesABadPeriod() throws Exception {
        mvc.perform(period(API, supervisor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.closed").value(2))
                .andExpect(jsonPath("$.byCategory[0].key").value("PROCESS"))
                .andExpect(jsonPath("$.byCategory[0].count").value(2))
                .andExpect(jsonPath("$.trend.PROCESS[0]").value(1));
        mvc.perform(get(API).param("from", "2024-04-01").param("to", "2023-01-01").with(Fixtures.as(supervisor)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void anAgentGetsNoStatistics() throws Exception {
        for (String path : List.of(PAGE, PAGE + ".xlsx", PAGE + ".pdf", API)) {
            mvc.perform(period(path, agent)).andExpect(status().isForbidden());
        }
    }
}
