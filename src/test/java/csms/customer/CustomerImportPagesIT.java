package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import page with the shared import fragments, and the list page's import and export buttons. */
@IntegrationTest
class CustomerImportPagesIT {

    private static final Pattern REPORT = Pattern.compile("href=\"(/spreadsheet/rejected/[^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    final String tag = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));

    @Test
    void theImportPageShowsTheUploadFormAndTheColumnsItUnderstands() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);

        mvc.perform(get("/customers/import").with(Fixtures.as(agent)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("导入客户档案"),
                        containsString("enctype=\"multipart/form-data\""), containsString("action=\"/customers/import\""),
                        containsString("name=\"_csrf\""), containsString("导入所有正确的行"), containsString("全部正确才导入"),
                        containsString("可识别的列"), containsString("客户名称"), containsString("姓名、客户名称"),
                        containsString("联系电话"), containsString("客户经理(工号或用户名)"))));
    }

    @Test
    void anUploadShowsTheResultAndTheRejectedRowsReportCanBeDownloaded() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String csv = "姓名,电话\n页面导入" + tag + "," + CustomerTestData.mobile() + "\n页面坏行" + tag + ",12345\n";

        MockHttpServletResponse response = mvc.perform(multipart("/customers/import")
                        .file(new MockMultipartFile("file", "客户.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "VALID_ONLY").with(Fixtures.as(agent)).with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        Cookie session = response.getCookie("SESSION");
        assertThat(session).as("the report is kept in the user's (JDBC) session").isNotNull();

        assertThat(page).contains("文件“客户.csv”共 2 行数据:已导入 1 行,未导入 1 行。", "<td>3</td>", "<td>电话</td>",
                "“12345”不是有效的电话号码");
        Matcher report = REPORT.matcher(page);
        assertThat(report.find()).isTrue();
        byte[] xlsx = mvc.perform(get(report.group(1)).cookie(session).with(Fixtures.as(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var rows = CustomerSheets.readXlsx(xlsx);
        assertThat(rows.get(1)).startsWith("页面坏行" + tag, "12345");
    }

    @Test
    void aFileWithoutTheNameColumnIsRefusedOnTheForm() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);

        mvc.perform(multipart("/customers/import")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "电话\n13812345678\n".getBytes(StandardCharsets.UTF_8)))
                        .param("mode", "ALL_OR_NOTHING").with(Fixtures.as(agent)).with(csrf())
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("缺少必需的列:客户名称"), containsString("is-invalid"),
                        matchesPattern("(?s).*value=\"ALL_OR_NOTHING\"[^>]*checked.*"))));
    }

    @Test
    void theListOffersImportAndAnExportOfTheFilteredList() throws Exception {
        SignedInUser agent = fixtures.user(Role.AGENT);

        mvc.perform(get("/customers").param("q", "张").with(Fixtures.as(agent)).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/customers/import\""),
                        containsString("formaction=\"/customers/export\" name=\"format\" value=\"xlsx\""),
                        containsString("导出 Excel"), containsString("导出 CSV"))));
    }
}
