package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

/** The rejected-rows report: kept in the importer's (JDBC) session and downloaded from there only. */
@IntegrationTest
class RejectedRowsReportIT {

    @Autowired
    SpreadsheetImport imports;
    @Autowired
    ImportReports reports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @BeforeEach
    void chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theRejectedRowsReportIsDownloadedFromTheImportersOwnSessionOnly() throws Exception {
        ImportLayout layout = ImportLayout.of(ImportColumn.required("name", "x.name", "姓名"));
        ImportResult result = imports.run(ImportPlan.of("spreadsheet-web", "Contact", layout,
                row -> row.required("name"), name -> { }), ImportMode.VALID_ONLY,
                new ByteArrayInputStream("姓名,备注\n张三,\n,=HYPERLINK(\"x\")\n".getBytes(StandardCharsets.UTF_8)),
                "客户.csv");
        MockHttpSession kept = new MockHttpSession();
        String url = reports.keep(kept, result);
        Cookie session = storedSession(sessions, kept);
        SignedInUser user = fixtures.user(Role.AGENT);

        byte[] xlsx = mvc.perform(get(url).cookie(session).with(Fixtures.as(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String disposition = mvc.perform(get(url).cookie(session).with(Fixtures.as(user))).andReturn().getResponse()
                .getHeader("Content-Disposition");

        assertThat(disposition).contains("filename*=UTF-8''" + Attachment.encode("未导入的行-客户.xlsx"));
        List<Row> rows = Sheets.readXlsx(xlsx);
        assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).containsExactly("姓名", "备注", "错误原因");
        assertThat(rows.get(1).stream().map(c -> c.getText()).toList())
                .containsExactly("", "'=HYPERLINK(\"x\")", "第 3 行: 姓名:此项为必填项。");
        mvc.perform(get(url).cookie(storedSession(sessions, new MockHttpSession())).with(Fixtures.as(user)))
                .andExpect(status().isNotFound());
        assertThat(reports.keep(kept, new ImportResult("a.csv", ImportMode.VALID_ONLY, 1, 1, List.of("姓名"),
                List.of(), List.of()))).as("no report when nothing was rejected").isNull();
    }

    /** A session in the JDBC session store (as the filter will load it) holding what keep() put into {@code kept}. */
    static <S extends Session> Cookie storedSession(FindByIndexNameSessionRepository<S> repository, MockHttpSession kept) {
        S stored = repository.createSession();
        java.util.Collections.list(kept.getAttributeNames()).forEach(n -> stored.setAttribute(n, kept.getAttribute(n)));
        repository.save(stored);
        return new Cookie("SESSION", Base64.getEncoder().encodeToString(stored.getId().getBytes(StandardCharsets.UTF_8)));
    }
}
