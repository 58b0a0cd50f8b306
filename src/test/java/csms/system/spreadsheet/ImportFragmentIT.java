package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import csms.shared.RuleViolation;
import csms.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** The generic import fragments render as a page would include them: CSRF field, modes, texts, result table. */
@IntegrationTest
class ImportFragmentIT {

    @Autowired
    ThymeleafViewResolver views;
    @Autowired
    WebApplicationContext context;

    String render(String fragment, Map<String, Object> model, Locale locale) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/x/import");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-123");
        request.setAttribute(CsrfToken.class.getName(), token);
        request.setAttribute("_csrf", token);
        MockHttpServletResponse response = new MockHttpServletResponse();
        View view = views.resolveViewName("fragments/import :: " + fragment, locale);
        view.render(new HashMap<>(model), request, response);
        return response.getContentAsString();
    }

    @Test
    void theFormPostsTheFileAndModeWithCsrfAndExplainsTheModesInChinese() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("action", "/customers/import");
        model.put("mode", ImportMode.ALL_OR_NOTHING);
        model.put("error", RuleViolation.onField("file", "spreadsheet.file.missing-columns", "姓名"));

        String html = render("form(action=${action},mode=${mode},error=${error})", model, Locale.SIMPLIFIED_CHINESE);

        assertThat(html).contains("enctype=\"multipart/form-data\"", "action=\"/customers/import\"",
                "name=\"_csrf\" value=\"token-123\"", "type=\"file\"", "name=\"file\"", "accept=\".xlsx,.csv\"",
                "value=\"VALID_ONLY\"", "导入所有正确的行,列出未导入的行", "全部正确才导入", "最大 10 MB、10,000 行",
                "缺少必需的列:姓名。");
        assertThat(html).containsPattern("value=\"ALL_OR_NOTHING\"[^>]*checked");
        assertThat(html).doesNotContainPattern("value=\"VALID_ONLY\"[^>]*checked");
    }

    @Test
    void theResultListsProblemsAsTextAndLinksTheReport() throws Exception {
        ImportResult result = new ImportResult("客户.xlsx", ImportMode.VALID_ONLY, 3, 2, List.of("姓名"),
                List.of("备注"), List.of(new RejectedRow(3, List.of("<script>x</script>"),
                        List.of(new ImportProblem(3, "姓名", "“<script>x</script>”不是日期")))));

        String html = render("result(result=${result},reportUrl=${reportUrl})",
                Map.of("result", result, "reportUrl", "/spreadsheet/rejected/abc"), Locale.ENGLISH);

        assertThat(html).contains("File &quot;客户.xlsx&quot; has 3 data rows: 2 imported, 1 not imported.",
                "These columns were not recognised and were ignored: 备注", "href=\"/spreadsheet/rejected/abc\"",
                "<td>3</td>", "<td>姓名</td>", "&lt;script&gt;x&lt;/script&gt;");
        assertThat(html).doesNotContain("<script>x", "nothing was imported");
    }

    @Test
    void anAllOrNothingRefusalSaysNothingWasImported() throws Exception {
        ImportResult result = new ImportResult("a.csv", ImportMode.ALL_OR_NOTHING, 2, 0, List.of("姓名"), List.of(),
                List.of(new RejectedRow(2, List.of(""), List.of(new ImportProblem(2, "姓名", "此项为必填项。")))));
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("reportUrl", null);

        String html = render("result(result=${result},reportUrl=${reportUrl})", model, Locale.SIMPLIFIED_CHINESE);

        assertThat(html).contains("本次没有导入任何数据", "alert-danger").doesNotContain("/spreadsheet/rejected/");
    }
}
