package csms.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.service.ComplaintLoop;
import csms.service.ComplaintSteps.Decision;
import csms.service.ComplaintSteps.Judgement;
import csms.service.ComplaintSteps.Proposal;
import csms.testing.Fixtures;
import csms.testing.SliceUsers;
import csms.testing.WebSlice;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The complaint loop's REST controller alone: step bodies beside their version, If-Match, and refusals. */
@WebMvcTest(ComplaintApiController.class)
@WebSlice
class ComplaintApiControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ComplaintLoop loop;

    @Test
    void aStepsFieldsAndTheBodysVersionReachTheLoopAndTheNewVersionIsTheETag() throws Exception {
        when(loop.judge(eq(5L), any(), eq(4L))).thenReturn(SampleViews.request(5L, 5L));

        mvc.perform(post("/api/v1/requests/5/complaint/judgement").contentType(MediaType.APPLICATION_JSON).content("""
                        {"justified":true,"responsibleDepartmentId":10,
                         "investigationPromisedAt":"2026-03-04T02:00:00Z","version":4}""")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"5\""))
                .andExpect(jsonPath("$.version").value(5));

        ArgumentCaptor<Judgement> judgement = ArgumentCaptor.forClass(Judgement.class);
        verify(loop).judge(eq(5L), judgement.capture(), eq(4L));
        assertThat(judgement.getValue()).isEqualTo(new Judgement(true, null, null, 10L,
                Instant.parse("2026-03-04T02:00:00Z")));
    }

    @Test
    void ifMatchWinsOverTheBodysVersion() throws Exception {
        when(loop.approve(eq(5L), any(), eq(9L))).thenReturn(SampleViews.request(5L, 10L));

        mvc.perform(post("/api/v1/requests/5/complaint/approval").contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"9\"").content("{\"proposalId\":3,\"comment\":\"同意\",\"version\":2}")
                        .with(Fixtures.as(SliceUsers.supervisor())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"10\""));
        verify(loop).approve(5L, new Decision(3L, "同意"), 9L);
    }

    @Test
    void aStepWithoutAnyVersionIsAProblemOnTheVersionField() throws Exception {
        mvc.perform(post("/api/v1/requests/5/complaint/summary").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"PROCESS\"}").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(post("/api/v1/requests/5/complaint/submission").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        verifyNoInteractions(loop);
    }

    @Test
    void anOverlongFieldIsABadRequestNamedAsTheStepNamesIt() throws Exception {
        String explanation = "解".repeat(2001);
        mvc.perform(post("/api/v1/requests/5/complaint/judgement").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"justified\":false,\"explanation\":\"" + explanation + "\",\"version\":1}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:validation"))
                .andExpect(jsonPath("$.errors[0].field").value("explanation"));
        verifyNoInteractions(loop);
    }

    @Test
    void anUnknownEnumValueInAStepIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/requests/5/complaint/investigation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cause\":\"登记遗漏\",\"problemKind\":\"WEATHER\",\"version\":1}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:csms:problem:bad-request"));
        verifyNoInteractions(loop);
    }

    @Test
    void anAgentCannotApproveOrReject() throws Exception {
        mvc.perform(post("/api/v1/requests/5/complaint/approval").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposalId\":3,\"comment\":\"同意\",\"version\":2}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/requests/5/complaint/rejection").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\":\"不同意\",\"version\":2}").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isForbidden());
        verify(loop, never()).approve(anyLong(), any(), anyLong());
        verify(loop, never()).reject(anyLong(), any(), anyLong());
    }

    @Test
    void proposalsSignatureAndCrisisTakeTheVersionOnlyWhenSent() throws Exception {
        when(loop.propose(eq(5L), any(), isNull())).thenReturn(SampleViews.request(5L, 6L));
        when(loop.confirmBySignature(5L, "data:image/png;base64,AAAA", 6L)).thenReturn(SampleViews.request(5L, 7L));
        when(loop.declareCrisis(5L, null)).thenReturn(SampleViews.request(5L, 8L));

        mvc.perform(post("/api/v1/requests/5/complaint/proposals").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"加急出具报告\",\"cost\":\"200.50\"}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"6\""));
        verify(loop).propose(5L, new Proposal("加急出具报告", new java.math.BigDecimal("200.50"), null), null);
        mvc.perform(post("/api/v1/requests/5/complaint/signature").contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"6\"").content("{\"signature\":\"data:image/png;base64,AAAA\"}")
                        .with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"7\""));
        mvc.perform(post("/api/v1/requests/5/complaint/crisis").with(Fixtures.as(SliceUsers.agent())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"8\""));
    }
}
