package csms.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
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

import csms.service.ComplaintStage;
import csms.service.Queue;
import csms.service.RequestDraft;
import csms.service.RequestFilter;
import csms.service.RequestTasks;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.service.TimelineKind;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.testing.Fixtures;
import csms.testing.SliceUsers;
import csms.testing.WebSlice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The request and task REST controllers alone: parameter parsing, versions, status codes, with the facades mocked. */
@WebMvcTest({ RequestApiController.class, RequestTaskApiController.class })
@WebSlice
class RequestApiControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ServiceRequests requests;

    @MockitoBean
    RequestTasks tasks;

    @Test
    void listPassesQueueFiltersAndPageToTheFacadeAndAnswersThePageShape() throws Exception {
        when(requests.list(any(), any())).thenReturn(new PageImpl<>(List.of(SampleViews.row(5L)),
                PageRequest.of(1, 5), 6));

        mvc.perform(get("/api/v1/requests").param("queue", "TEAM").param("q", " 延误 ").param("type", "COMPLAINT")
                        .param("stage", "APPROVAL").param("customerId", "42").param("page", "1").param("size", "5")
                        .param("sort", "-due").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(5))
                .andExpect(jsonPath("$.content[0].stage").value("APPROVAL"))
                .andExpect(jsonPath("$.content[0].customerName").value("张三"))
                .andExpect(jsonPath("$.totalElements").value(6))
                .andExpect(jsonPath("$.totalPages").value(2));

        ArgumentCaptor<RequestFilter> filter = ArgumentCaptor.forClass(RequestFilter.class);
        verify(requests).list(filter.capture(), eq(new PageQuery(1, 5, "due", true)));
        assertThat(filter.getValue()).isEqualTo(new RequestFilter(Queue.TEAM, "延误", RequestType.COMPLAINT, null,
                null, null, ComplaintStage.APPROVAL, 42L, null, null));
    }

    @Test
    void anUnknownQueueIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/requests").param("queue", "FAVOURITES").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:csms:problem:bad-request"));
        verifyNoInteractions(requests);
    }

    @Test
    void countsAnswerOneNumberPerQueue() throws Exception {
        when(requests.queueCounts()).thenReturn(Map.of(Queue.MINE, 3L, Queue.OVERDUE, 1L));

        mvc.perform(get("/api/v1/requests/counts").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.MINE").value(3))
                .andExpect(jsonPath("$.OVERDUE").value(1));
    }

    @Test
    void registeringAnswersCreatedWithLocationAndETag() throws Exception {
        when(requests.register(any())).thenReturn(SampleViews.request(31L, 0L));

        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"CONSULTATION","channel":"PHONE","customerId":42,"subject":" 咨询检测周期 "}""")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/requests/31"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(31));

        ArgumentCaptor<RequestDraft> draft = ArgumentCaptor.forClass(RequestDraft.class);
        verify(requests).register(draft.capture());
        assertThat(draft.getValue().subject()).isEqualTo("咨询检测周期");
    }

    @Test
    void aDraftWithoutSubjectIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"QUERY","channel":"EMAIL","customerId":42,"subject":"  "}""")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("subject"));
        verifyNoInteractions(requests);
    }

    @Test
    void malformedJsonAndUnknownEnumsAreBadRequests() throws Exception {
        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("{\"type\":")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:bad-request"));
        mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"SUGGESTION","channel":"PHONE","customerId":42,"subject":"建议"}""")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:bad-request"));
        verifyNoInteractions(requests);
    }

    @Test
    void readingARequestAnswersItsVersionAsETag() throws Exception {
        when(requests.view(5L)).thenReturn(SampleViews.request(5L, 4L));

        mvc.perform(get("/api/v1/requests/5").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.mayWork").value(true));
    }

    @Test
    void aRequestTheCallerMayNotSeeIsNotFound() throws Exception {
        when(requests.view(77L)).thenThrow(new NotFoundException("ServiceRequest", 77L));

        mvc.perform(get("/api/v1/requests/77").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:not-found"))
                .andExpect(jsonPath("$.detail").value(containsString("服务请求")));
    }

    @Test
    void aForbiddenActionOnAVisibleRequestIsForbidden() throws Exception {
        when(requests.escalate(5L, "客户要求主管处理")).thenThrow(new AccessDeniedException("service.work"));

        mvc.perform(post("/api/v1/requests/5/escalation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"客户要求主管处理\"}").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:forbidden"));
    }

    @Test
    void assignmentTakesTheVersionFromIfMatch() throws Exception {
        when(requests.assign(5L, 10L, 7L, 4L)).thenReturn(SampleViews.request(5L, 5L));

        mvc.perform(put("/api/v1/requests/5/assignment").contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "W/\"4\"").content("{\"departmentId\":10,\"assigneeId\":7,\"version\":1}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""));
    }

    @Test
    void resolvingWithoutAnyVersionIsAProblemOnTheVersionField() throws Exception {
        mvc.perform(post("/api/v1/requests/5/resolution").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\":\"五个工作日\"}").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        verifyNoInteractions(requests);
    }

    @Test
    void entriesAndReopeningPassTheirFieldsThrough() throws Exception {
        when(requests.addEntry(5L, TimelineKind.CALL, "客户来电询问进度", true)).thenReturn(SampleViews.request(5L, 2L));
        when(requests.reopen(5L, null)).thenReturn(SampleViews.request(5L, 3L));

        mvc.perform(post("/api/v1/requests/5/entries").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CALL\",\"text\":\"客户来电询问进度\",\"internal\":true}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        mvc.perform(post("/api/v1/requests/5/reopening").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""));
    }

    @Test
    void aUserWithoutTheAgentRoleIsForbiddenAndAnonymousUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/requests").with(Fixtures.as(SliceUsers.hr())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/promises"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:unauthorized"));
        verifyNoInteractions(requests, tasks);
    }

    @Test
    void aPromiseIsCreatedWithItsVersionAndKeptOnIfMatch() throws Exception {
        when(tasks.promise(eq(5L), eq("明天上午回电告知结果"), any())).thenReturn(SampleViews.promise(8L, 0L));
        when(tasks.keep(8L, 0L)).thenReturn(SampleViews.promise(8L, 1L));

        mvc.perform(post("/api/v1/requests/5/promises").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"明天上午回电告知结果\",\"dueAt\":\"2026-03-03T01:00:00Z\"}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(8));
        mvc.perform(post("/api/v1/promises/8/kept").header("If-Match", "\"0\"").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
    }

    @Test
    void answeringAReferralNeedsItsVersion() throws Exception {
        when(tasks.answer(9L, "可以加急，加收50%", 2L)).thenReturn(SampleViews.referral(9L, 3L));

        mvc.perform(post("/api/v1/referrals/9/answer").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\":\"可以加急，加收50%\"}").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/api/v1/referrals/9/answer").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\":\"可以加急，加收50%\",\"version\":2}").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.departmentName").value("检测部"));
    }
}
