package csms.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.customer.ArchiveRefresh;
import csms.customer.CustomerArchive;
import csms.customer.CustomerChanges;
import csms.customer.CustomerFilter;
import csms.customer.CustomerKind;
import csms.customer.CustomerRow;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.testing.Fixtures;
import csms.testing.SliceUsers;
import csms.testing.WebSlice;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The customer REST controller alone: request parsing, validation and error mapping, with the archive mocked. */
@WebMvcTest(CustomerApiController.class)
@WebSlice
class CustomerApiControllerSliceTest {

    private static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CustomerArchive archive;

    @MockitoBean
    ArchiveRefresh refresh;

    @Test
    void listPassesParsedFilterAndPageToTheArchiveAndAnswersThePageShape() throws Exception {
        var row = new CustomerRow(42L, CustomerKind.PERSON, "张三", "华东贸易", "138****5678", 2, "A", "A 级",
                true, false, false, false, 7L, "用户7", true, AT, AT);
        when(archive.list(any(), any())).thenReturn(new PageImpl<>(List.of(row), PageRequest.of(1, 5), 6));

        mvc.perform(get("/api/v1/customers").param("q", " 张 ").param("member", "true").param("owner", "me")
                        .param("page", "1").param("size", "5").param("sort", "-name")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(42))
                .andExpect(jsonPath("$.content[0].name").value("张三"))
                .andExpect(jsonPath("$.content[0].phone").value("138****5678"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.totalElements").value(6))
                .andExpect(jsonPath("$.totalPages").value(2));

        ArgumentCaptor<CustomerFilter> filter = ArgumentCaptor.forClass(CustomerFilter.class);
        ArgumentCaptor<PageQuery> page = ArgumentCaptor.forClass(PageQuery.class);
        verify(archive).list(filter.capture(), page.capture());
        assertThat(filter.getValue().q()).isEqualTo("张");
        assertThat(filter.getValue().member()).isTrue();
        assertThat(filter.getValue().ownerId()).isEqualTo(SliceUsers.agent().id());
        assertThat(filter.getValue().refreshDue()).isFalse();
        assertThat(page.getValue()).isEqualTo(new PageQuery(1, 5, "name", true));
    }

    @Test
    void refreshDueNarrowsTheFilter() throws Exception {
        when(archive.list(any(), any())).thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

        mvc.perform(get("/api/v1/customers").param("refreshDue", "true").param("owner", "unassigned")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isEmpty());

        ArgumentCaptor<CustomerFilter> filter = ArgumentCaptor.forClass(CustomerFilter.class);
        verify(archive).list(filter.capture(), eq(PageQuery.of(null, null, null)));
        assertThat(filter.getValue().refreshDue()).isTrue();
        assertThat(filter.getValue().unassigned()).isTrue();
    }

    @Test
    void pageSizeOverHundredIsAProblemOnTheSizeField() throws Exception {
        mvc.perform(get("/api/v1/customers").param("size", "101").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("100")));
        verifyNoInteractions(archive);
    }

    @Test
    void unknownOwnerFilterIsAProblemOnTheOwnerField() throws Exception {
        mvc.perform(get("/api/v1/customers").param("owner", "boss").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("owner"));
        verifyNoInteractions(archive);
    }

    @Test
    void invalidBodyIsABadRequestWithChineseFieldErrors() throws Exception {
        String body = """
                {"kind":"PERSON","name":"  ","source":"PHONE","phones":[{"number":"12345","label":"手机"}]}""";

        mvc.perform(post("/api/v1/customers").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.title").value("输入无效"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("phones[0].number")))
                .andExpect(jsonPath("$.errors[?(@.field == 'phones[0].number')].message")
                        .value(hasItem(containsString("不是有效的电话号码"))));
        verifyNoInteractions(archive);
    }

    @Test
    void staleVersionFromTheArchiveIsAConflictProblem() throws Exception {
        when(archive.update(eq(5L), any())).thenThrow(ConflictException.staleVersion("客户", 5L));

        mvc.perform(put("/api/v1/customers/5").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"PERSON","name":"李四","source":"PHONE","version":3}""")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:conflict"))
                .andExpect(jsonPath("$.title").value("冲突"))
                .andExpect(jsonPath("$.instance").value("/api/v1/customers/5"));
    }

    @Test
    void ifMatchSuppliesTheVersionWhenTheBodyHasNone() throws Exception {
        when(archive.update(eq(5L), any())).thenThrow(new NotFoundException("Customer", 5L));

        mvc.perform(put("/api/v1/customers/5").contentType(MediaType.APPLICATION_JSON).header("If-Match", "W/\"9\"")
                        .content("""
                                {"kind":"PERSON","name":"李四","source":"PHONE"}""")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isNotFound());

        ArgumentCaptor<CustomerChanges> changes = ArgumentCaptor.forClass(CustomerChanges.class);
        verify(archive).update(eq(5L), changes.capture());
        assertThat(changes.getValue().version()).isEqualTo(9L);
    }

    @Test
    void ifMatchWinsOverTheBodysVersion() throws Exception {
        when(archive.update(eq(5L), any())).thenThrow(new NotFoundException("Customer", 5L));

        mvc.perform(put("/api/v1/customers/5").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"12\"")
                        .content("""
                                {"kind":"PERSON","name":"李四","source":"PHONE","version":3}""")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isNotFound());

        ArgumentCaptor<CustomerChanges> changes = ArgumentCaptor.forClass(CustomerChanges.class);
        verify(archive).update(eq(5L), changes.capture());
        assertThat(changes.getValue().version()).isEqualTo(12L);
    }

    @Test
    void malformedIfMatchIsAProblemOnTheHeader() throws Exception {
        mvc.perform(put("/api/v1/customers/5").contentType(MediaType.APPLICATION_JSON).header("If-Match", "\"abc\"")
                        .content("""
                                {"kind":"PERSON","name":"李四","source":"PHONE"}""")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        verifyNoInteractions(archive);
    }

    @Test
    void missingCustomerIsANotFoundProblem() throws Exception {
        when(archive.view(77L)).thenThrow(new NotFoundException("客户", 77L));

        mvc.perform(get("/api/v1/customers/77").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:not-found"))
                .andExpect(jsonPath("$.detail").value(containsString("77")));
    }

    @Test
    void anonymousCallIsUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/customers"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csms:problem:unauthorized"));
        verifyNoInteractions(archive);
    }

    @Test
    void userWithoutAgentRoleIsForbidden() throws Exception {
        mvc.perform(get("/api/v1/customers").with(Fixtures.as(SliceUsers.hr())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:forbidden"));
        verifyNoInteractions(archive);
    }

    @Test
    void mergingNeedsASupervisor() throws Exception {
        mvc.perform(post("/api/v1/customers/5/merge").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duplicateId\":6,\"survivorVersion\":1,\"duplicateVersion\":1}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isForbidden());
        verify(archive, org.mockito.Mockito.never()).merge(anyLong(), any());
    }

    @Test
    void refreshNeedsAVersionInTheBody() throws Exception {
        mvc.perform(post("/api/v1/customers/5/refresh").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(header().doesNotExist("Location"));
        verifyNoInteractions(refresh);
    }
}
