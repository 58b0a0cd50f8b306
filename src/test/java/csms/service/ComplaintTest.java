package csms.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.service.ComplaintSteps.Decision;
import csms.service.ComplaintSteps.FollowUp;
import csms.service.ComplaintSteps.Implementation;
import csms.service.ComplaintSteps.Investigation;
import csms.service.ComplaintSteps.Judgement;
import csms.service.ComplaintSteps.Summary;
import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every transition of the complaint loop and every refusal, on the aggregate alone. */
class ComplaintTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final long AGENT = 7;
    static final long SUPERVISOR = 8;

    static RequestDraft draft(Severity severity, boolean crisis) {
        return new RequestDraft(RequestType.COMPLAINT, Channel.PHONE, 1L, "报告延误", "检测报告延误三天", Priority.HIGH,
                null, severity, crisis, "李女士", NOW.minusSeconds(600), "尽快出具报告");
    }

    static Complaint accepted() {
        return Complaint.accept(1, draft(Severity.GENERAL, false), "检测报告延误三天", NOW);
    }

    static Complaint at(ComplaintStage stage) {
        Complaint c = accepted();
        if (stage == ComplaintStage.JUDGEMENT) {
            return c;
        }
        c.judge(new Judgement(true, null, null, 3L, NOW.plus(Duration.ofDays(1))), AGENT, NOW);
        if (stage == ComplaintStage.INVESTIGATION) {
            return c;
        }
        c.investigate(new Investigation("登记遗漏", ProblemKind.SERVICE, 9L, null, SUPERVISOR), AGENT, NOW);
        if (stage == ComplaintStage.PROPOSAL) {
            return c;
        }
        c.submitProposals(1, NOW);
        if (stage == ComplaintStage.APPROVAL) {
            return c;
        }
        c.approve(new Decision(11L, "同意"), SUPERVISOR, NOW);
        if (stage == ComplaintStage.IMPLEMENTATION) {
            return c;
        }
        c.confirmBySignature(ServiceTestData.SIGNATURE, NOW);
        c.implement(implementation(), AGENT, NOW);
        if (stage == ComplaintStage.SUMMARY) {
            return c;
        }
        c.summarise(new Summary(ComplaintCategory.PROCESS, "流程缺复核", 3L, "双人复核"), AGENT, NOW);
        return c;
    }

    static Implementation implementation() {
        return new Implementation("加急出具报告", new BigDecimal("120.5"), null, NOW.minusSeconds(60), "满意", List.of());
    }

    @Test
    void acceptanceAcknowledgesAtOnceAndWaitsForTheJudgement() {
        Complaint c = accepted();
        assertThat(c.getStage()).isEqualTo(ComplaintStage.JUDGEMENT);
        assertThat(c.getAcknowledgedAt()).isEqualTo(NOW);
        assertThat(c.getReceivedAt()).isEqualTo(NOW.minusSeconds(600));
    }

    @Test
    void acceptanceRequiresComplainantWishAndSeverity() {
        RequestDraft d = draft(Severity.GENERAL, false);
        assertField(() -> Complaint.accept(1, new RequestDraft(d.type(), d.channel(), 1L, d.subject(), null, null,
                null, d.severity(), false, null, null, d.customerWants()), "x", NOW), "complainant");
        assertField(() -> Complaint.accept(1, new RequestDraft(d.type(), d.channel(), 1L, d.subject(), null, null,
                null, d.severity(), false, "李", null, " "), "x", NOW), "customerWants");
        assertField(() -> Complaint.accept(1, draft(null, false), "x", NOW), "severity");
    }

    @Test
    void onlyAMajorComplaintCanBeACrisis() {
        assertField(() -> Complaint.accept(1, draft(Severity.GENERAL, true), "x", NOW), "crisis");
        assertThat(Complaint.accept(1, draft(Severity.MAJOR, true), "x", NOW).isCrisis()).isTrue();
        Complaint major = Complaint.accept(1, draft(Severity.MAJOR, false), "x", NOW);
        major.declareCrisis();
        assertThat(major.isCrisis()).isTrue();
        assertThatThrownBy(major::declareCrisis).isInstanceOf(ConflictException.class);
    }

    @Test
    void aComplaintCannotBeReceivedInTheFuture() {
        RequestDraft d = draft(Severity.GENERAL, false);
        assertField(() -> Complaint.accept(1, new RequestDraft(d.type(), d.channel(), 1L, d.subject(), null, null,
                null, d.severity(), false, "李", NOW.plusSeconds(60), "诉求"), "x", NOW), "receivedAt");
    }

    @Test
    void aJustifiedJudgementNeedsDepartmentAndAFuturePromisedTime() {
        assertField(() -> accepted().judge(new Judgement(null, null, null, null, null), AGENT, NOW), "justified");
        assertField(() -> accepted().judge(new Judgement(true, null, null, null, NOW.plusSeconds(60)), AGENT, NOW),
                "responsibleDepartmentId");
        assertField(() -> accepted().judge(new Judgement(true, null, null, 3L, null), AGENT, NOW),
                "investigationPromisedAt");
        assertField(() -> accepted().judge(new Judgement(true, null, null, 3L, NOW), AGENT, NOW),
                "investigationPromisedAt");
        assertThat(at(ComplaintStage.INVESTIGATION).getStage()).isEqualTo(ComplaintStage.INVESTIGATION);
    }

    @Test
    void anUnjustifiedJudgementNeedsTheExplanationAndTheReactionAndGoesToTheSummary() {
        assertField(() -> accepted().judge(new Judgement(false, null, "理解", null, null), AGENT, NOW), "explanation");
        assertField(() -> accepted().judge(new Judgement(false, "按约定", null, null, null), AGENT, NOW),
                "customerReaction");
        Complaint c = accepted();
        c.judge(new Judgement(false, "按约定", "理解", 3L, NOW.plusSeconds(60)), AGENT, NOW);
        assertThat(c.getStage()).isEqualTo(ComplaintStage.SUMMARY);
        assertThat(c.getResponsibleDepartmentId()).isNull();
    }

    @Test
    void theInvestigationNeedsCauseKindResponsibilityAndRouting() {
        assertField(() -> at(ComplaintStage.INVESTIGATION).investigate(
                new Investigation(null, ProblemKind.SERVICE, 9L, null, 8L), AGENT, NOW), "cause");
        assertField(() -> at(ComplaintStage.INVESTIGATION).investigate(
                new Investigation("原因", null, 9L, null, 8L), AGENT, NOW), "problemKind");
        assertField(() -> at(ComplaintStage.INVESTIGATION).investigate(
                new Investigation("原因", ProblemKind.QUALITY, null, null, 8L), AGENT, NOW), "responsibleParty");
        assertField(() -> at(ComplaintStage.INVESTIGATION).investigate(
                new Investigation("原因", ProblemKind.QUALITY, null, "供应商", null), AGENT, NOW), "routedToId");
    }

    @Test
    void proposalsGoToTheSupervisorOnlyWhenThereIsOne() {
        assertField(() -> at(ComplaintStage.PROPOSAL).submitProposals(0, NOW), "proposals");
        assertThat(at(ComplaintStage.APPROVAL).getStage()).isEqualTo(ComplaintStage.APPROVAL);
    }

    @Test
    void theSupervisorApprovesWithACommentOrSendsBack() {
        assertField(() -> at(ComplaintStage.APPROVAL).approve(new Decision(11L, null), SUPERVISOR, NOW), "comment");
        assertField(() -> at(ComplaintStage.APPROVAL).approve(new Decision(null, "同意"), SUPERVISOR, NOW), "proposalId");
        Complaint c = at(ComplaintStage.APPROVAL);
        c.reject(new Decision(null, "成本过高，请重新提出"), SUPERVISOR);
        assertThat(c.getStage()).isEqualTo(ComplaintStage.PROPOSAL);
        assertThat(c.getSubmittedAt()).isNull();
    }

    @Test
    void theResponsiblePersonCannotApproveOrRejectTheirOwnComplaint() {
        assertThatThrownBy(() -> at(ComplaintStage.APPROVAL).approve(new Decision(11L, "同意"), 9L, NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("complaint.approver-is-subject");
        assertThatThrownBy(() -> at(ComplaintStage.APPROVAL).reject(new Decision(null, "退回"), 9L))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void nothingIsImplementedWithoutApprovalOrTheCustomersConfirmation() {
        assertThatThrownBy(() -> at(ComplaintStage.APPROVAL).implement(implementation(), AGENT, NOW))
                .isInstanceOf(ConflictException.class);
        assertField(() -> at(ComplaintStage.IMPLEMENTATION).implement(implementation(), AGENT, NOW), "confirmation");
        Complaint c = at(ComplaintStage.IMPLEMENTATION);
        c.confirmBySignature(ServiceTestData.SIGNATURE, NOW);
        assertField(() -> c.implement(new Implementation("做了", new BigDecimal("-1"), null, NOW, "好", List.of()),
                AGENT, NOW), "compensation");
        assertField(() -> c.implement(new Implementation("做了", null, null, NOW.plusSeconds(5), "好", List.of()),
                AGENT, NOW), "customerNotifiedAt");
        assertField(() -> c.implement(new Implementation("做了", null, null, NOW, null, List.of()), AGENT, NOW),
                "customerFeedback");
        c.implement(implementation(), AGENT, NOW);
        assertThat(c.getStage()).isEqualTo(ComplaintStage.SUMMARY);
        assertThat(c.getCompensation()).isEqualByComparingTo("120.50");
        assertThat(c.getCompensation().scale()).isEqualTo(2);
    }

    @Test
    void aConfirmationLinkWorksOnceAndNotAfterItExpires() {
        Complaint c = at(ComplaintStage.IMPLEMENTATION);
        c.awaitLinkConfirmation("hash", NOW.plusSeconds(60));
        assertThat(c.isAwaitingLinkConfirmation()).isTrue();
        assertThatThrownBy(() -> c.confirmByLink(NOW.plusSeconds(61))).isInstanceOf(ConflictException.class);
        c.confirmByLink(NOW.plusSeconds(30));
        assertThat(c.getConfirmationMethod()).isEqualTo(ConfirmationMethod.LINK);
        assertThatThrownBy(() -> c.confirmByLink(NOW.plusSeconds(31))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.awaitLinkConfirmation("again", NOW.plusSeconds(60)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theSummaryNeedsCategoryRootCauseDepartmentAndImprovement() {
        assertField(() -> at(ComplaintStage.SUMMARY).summarise(new Summary(null, "因", 3L, "改"), AGENT, NOW),
                "category");
        assertField(() -> at(ComplaintStage.SUMMARY).summarise(new Summary(ComplaintCategory.OTHER, null, 3L, "改"),
                AGENT, NOW), "rootCause");
        assertField(() -> at(ComplaintStage.SUMMARY).summarise(new Summary(ComplaintCategory.OTHER, "因", null, "改"),
                AGENT, NOW), "departmentId");
        assertField(() -> at(ComplaintStage.SUMMARY).summarise(new Summary(ComplaintCategory.OTHER, "因", 3L, null),
                AGENT, NOW), "improvement");
    }

    @Test
    void theFollowUpVisitClosesTheLoop() {
        Complaint c = at(ComplaintStage.FOLLOW_UP);
        assertField(() -> c.recordFollowUp(new FollowUp(null, Satisfaction.SATISFIED, null), AGENT, NOW), "result");
        assertField(() -> c.recordFollowUp(new FollowUp("回访", null, null), AGENT, NOW), "satisfaction");
        c.recordFollowUp(new FollowUp("回访认可", Satisfaction.AVERAGE, null), AGENT, NOW);
        assertThat(c.getStage()).isEqualTo(ComplaintStage.CLOSED);
        assertThat(c.getClosedAt()).isEqualTo(NOW);
        assertThatThrownBy(c::declareCrisis).isInstanceOf(ConflictException.class);
    }

    @Test
    void anUnsatisfiedCustomerReopensTheComplaintAtTheInvestigation() {
        Complaint c = at(ComplaintStage.FOLLOW_UP);
        c.recordFollowUp(new FollowUp("客户仍不满意", Satisfaction.UNSATISFIED, null), AGENT, NOW);
        assertThat(c.getStage()).isEqualTo(ComplaintStage.INVESTIGATION);
        assertThat(c.getApprovedProposalId()).isNull();
        assertThat(c.getConfirmedAt()).isNull();
    }

    @Test
    void noStepCanBeSkippedOrRepeated() {
        for (ComplaintStage stage : List.of(ComplaintStage.JUDGEMENT, ComplaintStage.INVESTIGATION,
                ComplaintStage.PROPOSAL, ComplaintStage.APPROVAL, ComplaintStage.IMPLEMENTATION,
                ComplaintStage.SUMMARY, ComplaintStage.FOLLOW_UP)) {
            Complaint c = at(stage);
            if (stage != ComplaintStage.JUDGEMENT) {
                assertThatThrownBy(() -> c.judge(new Judgement(false, "a", "b", null, null), AGENT, NOW))
                        .isInstanceOf(ConflictException.class);
            }
            if (stage != ComplaintStage.INVESTIGATION) {
                assertThatThrownBy(() -> c.investigate(new Investigation("a", ProblemKind.OTHER, 1L, null, 1L), AGENT,
                        NOW)).isInstanceOf(ConflictException.class);
            }
            if (stage != ComplaintStage.APPROVAL) {
                assertThatThrownBy(() -> c.approve(new Decision(1L, "ok"), SUPERVISOR, NOW))
                        .isInstanceOf(ConflictException.class);
            }
            if (stage != ComplaintStage.SUMMARY) {
                assertThatThrownBy(() -> c.summarise(new Summary(ComplaintCategory.OTHER, "a", 1L, "b"), AGENT, NOW))
                        .isInstanceOf(ConflictException.class);
            }
            if (stage != ComplaintStage.FOLLOW_UP) {
                assertThatThrownBy(() -> c.recordFollowUp(new FollowUp("a", Satisfaction.SATISFIED, null), AGENT, NOW))
                        .isInstanceOf(ConflictException.class);
            }
        }
    }

    private static void assertField(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class).extracting("field").isEqualTo(field);
    }
}
