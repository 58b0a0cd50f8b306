package csms.service;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import csms.identity.SignedInUser;
import csms.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calls of the service API as a given user through MockMvc, and the JSON the tests send and read. */
final class ServiceApiCalls {

    private final MockMvc mvc;

    ServiceApiCalls(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions call(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(Fixtures.as(user)));
    }

    /** The request's current ETag as the user reads it (200 expected). */
    String etag(SignedInUser user, long id) throws Exception {
        return call(user, get("/api/v1/requests/{id}", id)).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("ETag");
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static long number(MvcResult result, String path) throws Exception {
        return ((Number) JsonPath.read(body(result), path)).longValue();
    }

    /** A general complaint with the acceptance fields of CMP-1, as the registration form would send it. */
    static String complaintJson(long customerId, String subject) {
        return """
                {"type":"COMPLAINT","channel":"PHONE","customerId":%d,"subject":"%s",
                 "description":"客户投诉检测报告延误三天","priority":"HIGH","severity":"GENERAL",
                 "complainant":"李女士","customerWants":"尽快出具报告并说明原因"}""".formatted(customerId, subject);
    }
}
