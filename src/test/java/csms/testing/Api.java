package csms.testing;

import csms.identity.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** REST API calls in tests: a request as a user, a JSON body. */
public final class Api {

    private final MockMvc mvc;

    public Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Performs the request as the user (session-style authentication, no CSRF token: the API needs none). */
    public ResultActions call(SignedInUser user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(Fixtures.as(user)));
    }

    /** The request with a JSON body. */
    public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
