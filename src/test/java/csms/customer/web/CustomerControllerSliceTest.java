package csms.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import csms.customer.ArchiveRefresh;
import csms.customer.CustomerArchive;
import csms.customer.CustomerGrades;
import csms.customer.CustomerKind;
import csms.customer.CustomerRow;
import csms.customer.NewCustomer;
import csms.identity.UserAccounts;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.SliceUsers;
import csms.testing.WebSlice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The customer pages alone: list rendering, the htmx fragment, form errors from the archive, CSRF. */
@WebMvcTest(CustomerController.class)
@WebSlice
class CustomerControllerSliceTest {

    private static final Instant AT = Instant.parse("2026-03-01T16:30:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CustomerArchive archive;

    @MockitoBean
    ArchiveRefresh refresh;

    @MockitoBean
    CustomerGrades grades;

    @MockitoBean
    UserAccounts users;

    @Test
    void listRendersTheArchiveRowsInTheFullPage() throws Exception {
        when(archive.list(any(), any())).thenReturn(page(row(42L, "张三丰")));

        mvc.perform(get("/customers").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(view().name("customer/list"))
                .andExpect(content().string(containsString("张三丰")))
                .andExpect(content().string(containsString("/customers/42")))
                .andExpect(content().string(containsString("138****5678")))
                // stored in UTC, shown in the organisation's zone (Asia/Shanghai, +8)
                .andExpect(content().string(containsString("2026-03-02 00:30")))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(not(containsString("empty-state"))));
    }

    @Test
    void emptyListShowsTheFriendlyEmptyState() throws Exception {
        when(archive.list(any(), any())).thenReturn(page());

        mvc.perform(get("/customers").param("q", "无此人").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("empty-state")))
                .andExpect(content().string(containsString("没有符合条件的客户。")));
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
        when(archive.list(any(), any())).thenReturn(page(row(43L, "李四光")));

        mvc.perform(get("/customers").param("q", "李").header("HX-Request", "true")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(view().name("customer/list :: results"))
                .andExpect(content().string(containsString("id=\"customer-results\"")))
                .andExpect(content().string(containsString("李四光")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    @Test
    void historyRestoreGetsTheFullPageEvenFromHtmx() throws Exception {
        when(archive.list(any(), any())).thenReturn(page());

        mvc.perform(get("/customers").header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(view().name("customer/list"));
    }

    @Test
    void refusedPhoneReRendersTheFormWithTheInputAndTheFieldError() throws Exception {
        when(archive.register(any())).thenThrow(RuleViolation.onField("phones[0].number", "validation.phone", "13800138000"));

        mvc.perform(post("/customers").with(csrf()).with(Fixtures.as(SliceUsers.agent()))
                        .param("kind", "PERSON").param("name", "王五福").param("source", "PHONE")
                        .param("phones[0].number", "13800138000").param("phones[0].label", "手机"))
                .andExpect(status().isOk())
                .andExpect(view().name("customer/form"))
                .andExpect(model().attributeHasFieldErrorCode("customerForm", "phones[0].number", "validation.phone"))
                .andExpect(content().string(containsString("value=\"王五福\"")))
                .andExpect(content().string(containsString("value=\"13800138000\"")))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("“13800138000”不是有效的电话号码")));

        ArgumentCaptor<NewCustomer> command = ArgumentCaptor.forClass(NewCustomer.class);
        verify(archive).register(command.capture());
        assertThat(command.getValue().name()).isEqualTo("王五福");
        assertThat(command.getValue().phones()).singleElement()
                .satisfies(p -> assertThat(p.number()).isEqualTo("13800138000"));
    }

    @Test
    void registeredCustomerRedirectsToItsPage() throws Exception {
        var details = org.mockito.Mockito.mock(csms.customer.CustomerDetails.class);
        when(details.id()).thenReturn(99L);
        when(archive.register(any())).thenReturn(details);

        mvc.perform(post("/customers").with(csrf()).with(Fixtures.as(SliceUsers.agent()))
                        .param("kind", "PERSON").param("name", "赵六").param("source", "PHONE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/customers/99"));
    }

    @Test
    void formPostWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/customers").with(Fixtures.as(SliceUsers.agent()))
                        .param("kind", "PERSON").param("name", "王五福").param("source", "PHONE"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(archive);
    }

    @Test
    void anonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/customers"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        verifyNoInteractions(archive);
    }

    @Test
    void userWithoutAgentRoleGetsTheForbiddenPage() throws Exception {
        mvc.perform(get("/customers").with(Fixtures.as(SliceUsers.hr())))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error"));
        verifyNoInteractions(archive);
    }

    private static Page<CustomerRow> page(CustomerRow... rows) {
        return new PageImpl<>(List.of(rows), PageRequest.of(0, 20), rows.length);
    }

    private static CustomerRow row(long id, String name) {
        return new CustomerRow(id, CustomerKind.PERSON, name, "华东贸易", "138****5678", 1, "A", "A 级",
                false, false, false, false, 7L, "用户7", true, AT, AT);
    }
}
