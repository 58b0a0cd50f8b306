package csms.service;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.audit.AuditQuery;
import csms.audit.AuditTrail;
import csms.customer.CustomerArchive;
import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The complaint closed loop through the facades, on a real database: every step in order, and the refusals. */
@IntegrationTest
class ComplaintLoopIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;
    @Autowired
    ServiceRequests requests;
    @Autowired
    ComplaintLoop loop;
    @Autowired
    AuditTrail audit;

    long team;
    SignedInUser agent;
    SignedInUser supervisor;
    long customerId;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        agent = fixtures.user(team, Role.AGENT);
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        customerId = ServiceTestData.customer(archive, agent, "李秀英", false, false);
    }

    @Test
    void walksAComplaintThroughAllSixStepsAndTheFollowUpToClosed() {
        RequestDetails r = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "报告延误投诉",
                Severity.GENERAL, false)));
        long id = r.id();
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.JUDGEMENT);
        assertThat(r.complaint().acknowledgedAt()).isNotNull();
        assertThat(r.dueAt()).isAfter(r.createdAt());

        r = as(agent, () -> loop.judge(id, ServiceTestData.justified(team, Instant.now()), requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.INVESTIGATION);
        assertThat(r.dueAt()).isEqualTo(r.complaint().investigationPromisedAt());

        r = as(agent, () -> loop.investigate(id, ServiceTestData.investigation(null, team), requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.PROPOSAL);

        as(agent, () -> loop.propose(id, ServiceTestData.proposal("加急出具报告", "0")));
        r = as(agent, () -> loop.propose(id, ServiceTestData.proposal("加急并减免加急费", "200.00")));
        assertThat(r.complaint().proposals()).hasSize(2);
        r = as(agent, () -> loop.submitForApproval(id, requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.APPROVAL);

        long chosen = r.complaint().proposals().get(1).id();
        assertThatThrownBy(() -> as(agent, () -> loop.approve(id, ServiceTestData.decision(chosen),
                requests.view(id).version()))).isInstanceOf(AccessDeniedException.class);
        r = as(supervisor, () -> loop.approve(id, ServiceTestData.decision(chosen), requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.IMPLEMENTATION);
        assertThat(r.complaint().approvedProposalId()).isEqualTo(chosen);

        assertThatThrownBy(() -> as(agent, () -> loop.implement(id, ServiceTestData.implementation(Instant.now()),
                requests.view(id).version())))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("confirmation");
        as(agent, () -> loop.confirmBySignature(id, ServiceTestData.SIGNATURE));
        r = as(agent, () -> loop.implement(id, ServiceTestData.implementation(Instant.now().minusSeconds(60)),
                requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.SUMMARY);
        assertThat(r.complaint().compensation()).isEqualByComparingTo("200.00");

        r = as(agent, () -> loop.summarise(id, ServiceTestData.summary(team), requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.FOLLOW_UP);
        assertThat(r.status()).isEqualTo(RequestStatus.OPEN);

        r = as(agent, () -> loop.recordFollowUp(id, ServiceTestData.followUp(Satisfaction.SATISFIED),
                requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.CLOSED);
        assertThat(r.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(r.dueAt()).isNull();

        List<String> actions = audit.find(new AuditQuery(null, null, "ServiceRequest", String.valueOf(id), null, null),
                org.springframework.data.domain.PageRequest.of(0, 50)).map(e -> e.getAction()).getContent();
        assertThat(actions).contains("service.registered", "complaint.judged", "complaint.investigated",
                "complaint.approved", "complaint.implemented", "complaint.summarised", "complaint.followed-up");
    }

    @Test
    void refusesToSkipAStep() {
        long id = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "跳步投诉",
                Severity.GENERAL, false))).id();
        assertThatThrownBy(() -> as(agent, () -> loop.investigate(id, ServiceTestData.investigation(null, team),
                requests.view(id).version())))
                .isInstanceOf(ConflictException.class).hasFieldOrPropertyWithValue("messageKey", "complaint.wrong-stage");
        assertThatThrownBy(() -> as(agent, () -> loop.summarise(id, ServiceTestData.summary(team),
                requests.view(id).version()))).isInstanceOf(ConflictException.class);
    }

    @Test
    void refusesAJustifiedJudgementWithoutDepartmentOrPromisedTime() {
        long id = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "缺字段投诉",
                Severity.GENERAL, false))).id();
        assertThatThrownBy(() -> as(agent, () -> loop.judge(id,
                new ComplaintSteps.Judgement(true, null, null, null, Instant.now().plusSeconds(3600)),
                requests.view(id).version())))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("responsibleDepartmentId");
        assertThat(as(agent, () -> requests.view(id)).complaint().stage()).isEqualTo(ComplaintStage.JUDGEMENT);
    }

    @Test
    void anUnjustifiedComplaintGoesFromJudgementToSummaryAndStillNeedsItsFollowUp() {
        long id = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "不成立投诉",
                Severity.GENERAL, false))).id();
        RequestDetails r = as(agent, () -> loop.judge(id, ServiceTestData.unjustified(), requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.SUMMARY);
        r = as(agent, () -> loop.summarise(id, ServiceTestData.summary(team), requests.view(id).version()));
        assertThat(r.complaint().stage()).isEqualTo(ComplaintStage.FOLLOW_UP);
        assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
    }

    @Test
    void aSupervisorFoundResponsibleCannotApproveTheComplaintAboutThemself() {
        long id = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "投诉主管",
                Severity.MAJOR, false))).id();
        as(agent, () -> loop.judge(id, ServiceTestData.justified(team, Instant.now()), requests.view(id).version()));
        as(agent, () -> loop.investigate(id, ServiceTestData.investigation(supervisor.id(), team),
                requests.view(id).version()));
        long p = as(agent, () -> loop.propose(id, ServiceTestData.proposal("主管当面致歉", "0"))).complaint()
                .proposals().getFirst().id();
        as(agent, () -> loop.submitForApproval(id, requests.view(id).version()));
        assertThatThrownBy(() -> as(supervisor, () -> loop.approve(id, ServiceTestData.decision(p),
                requests.view(id).version())))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", "complaint.approver-is-subject");
        SignedInUser manager = fixtures.user(team, Role.DEPT_MANAGER);
        assertThat(as(manager, () -> loop.approve(id, ServiceTestData.decision(p), requests.view(id).version()))
                .complaint().stage()).isEqualTo(ComplaintStage.IMPLEMENTATION);
    }

    @Test
    void aStaleVersionIsRefused() {
        RequestDetails r = as(agent, () -> requests.register(ServiceTestData.complaint(customerId, "版本投诉",
                Severity.GENERAL, false)));
        as(agent, () -> loop.judge(r.id(), ServiceTestData.unjustified(), r.version()));
        assertThatThrownBy(() -> as(agent, () -> loop.summarise(r.id(), ServiceTestData.summary(team), r.version())))
                .isInstanceOf(ConflictException.class)
                .hasFieldOrPropertyWithValue("messageKey", ConflictException.STALE_KEY);
    }

    @Test
    void aConsultationIsAnsweredAndListedInTheQueues() {
        RequestDetails r = as(agent, () -> requests.register(ServiceTestData.consultation(customerId, "咨询检测周期")));
        assertThat(as(agent, () -> requests.list(RequestFilter.of(Queue.MINE), PageQuery.of(0, 20, null)))
                .map(RequestRow::id).getContent()).contains(r.id());
        RequestDetails done = as(agent, () -> requests.resolve(r.id(), "检测周期为五个工作日", r.version()));
        assertThat(done.status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(as(agent, () -> requests.list(RequestFilter.of(Queue.MINE), PageQuery.of(0, 20, null)))
                .map(RequestRow::id).getContent()).doesNotContain(r.id());
    }
}
