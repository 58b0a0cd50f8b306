package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** CMP-5: the customer confirms the approved solution through a one-time link, without signing in. */
@IntegrationTest
class ComplaintConfirmationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ComplaintLoop loop;
    @Autowired
    ComplaintConfirmations confirmations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCustomerConfirmsOnceThroughTheLinkAndThenTheSolutionCanBeImplemented() throws Exception {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        long id = ServiceTestData.approvedComplaint(archive, requests, loop, team, agent, supervisor);

        String link = as(agent, () -> confirmations.sendLink(id, CustomerNotifier.Medium.SMS, "13800138000"));
        String path = link.substring(link.indexOf("/c/confirm/"));
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("确认链接投诉")))
                .andExpect(content().string(containsString("加急出具报告")));
        mvc.perform(post(path).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("感谢您的确认")));
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("此确认链接无效")));
        mvc.perform(post(path).with(csrf())).andExpect(content().string(containsString("此确认链接无效")));

        RequestDetails r = as(agent, () -> requests.view(id));
        assertThat(r.complaint().confirmationMethod()).isEqualTo(ConfirmationMethod.LINK);
        assertThat(as(agent, () -> loop.implement(id, ServiceTestData.implementation(Instant.now().minusSeconds(5)),
                requests.view(id).version())).complaint().stage()).isEqualTo(ComplaintStage.SUMMARY);
    }

    @Test
    void anExpiredLinkIsRefusedAndABadAddressIsA422() throws Exception {
        long team = fixtures.department();
        SignedInUser agent = fixtures.user(team, Role.AGENT);
        SignedInUser supervisor = fixtures.user(team, Role.SUPERVISOR);
        long id = ServiceTestData.approvedComplaint(archive, requests, loop, team, agent, supervisor);
        assertThatThrownBy(() -> as(agent, () -> confirmations.sendLink(id, CustomerNotifier.Medium.EMAIL, "不是邮箱")))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("address");
        String link = as(agent, () -> confirmations.sendLink(id, CustomerNotifier.Medium.EMAIL, "li@example.cn"));
        jdbc.sql("update complaint set confirmation_token_expires_at = ? where request_id = ?")
                .params(Instant.now().minusSeconds(1).atOffset(java.time.ZoneOffset.UTC), id).update();
        mvc.perform(post(link.substring(link.indexOf("/c/confirm/"))).with(csrf()))
                .andExpect(content().string(containsString("此确认链接无效")));
        mvc.perform(get("/c/confirm/not-a-token")).andExpect(content().string(containsString("此确认链接无效")));
        assertThat(as(agent, () -> requests.view(id)).complaint().confirmedAt()).isNull();
    }
}
