package csms.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The inputs of the closed loop's steps (CMP-2 … CMP-7); the aggregate checks which fields each step requires. */
public final class ComplaintSteps {

    private ComplaintSteps() {
    }

    /**
     * CMP-2: justified → the responsible department and the investigation time promised to the customer;
     * not justified → the explanation given and the customer's reaction.
     */
    public record Judgement(@NotNull Boolean justified, @Size(max = 2000) String explanation,
            @Size(max = 2000) String customerReaction, Long responsibleDepartmentId, Instant investigationPromisedAt) {
        public Judgement {
            explanation = RequestDraft.strip(explanation);
            customerReaction = RequestDraft.strip(customerReaction);
        }
    }

    /** CMP-3: the cause, who is responsible (a user or a named party), and where the problem is routed. */
    public record Investigation(@Size(max = 2000) String cause, ProblemKind problemKind, Long responsibleUserId,
            @Size(max = 100) String responsibleParty, Long routedToId) {
        public Investigation {
            cause = RequestDraft.strip(cause);
            responsibleParty = RequestDraft.strip(responsibleParty);
        }
    }

    /** CMP-4: one proposed solution with its cost. */
    public record Proposal(@Size(max = 2000) String description, BigDecimal cost, Long departmentId) {
        public Proposal {
            description = RequestDraft.strip(description);
        }
    }

    /** CMP-4: the supervisor's decision on the proposals: the chosen one and the comment 批示. */
    public record Decision(Long proposalId, @Size(max = 1000) String comment) {
        public Decision {
            comment = RequestDraft.strip(comment);
        }
    }

    /** CMP-5: a penalty against a responsible staff member. */
    public record Penalty(Long userId, PenaltyMeasure measure, BigDecimal amount, @Size(max = 1000) String reason) {
        public Penalty {
            reason = RequestDraft.strip(reason);
        }
    }

    /** CMP-5: what was done, the compensation, when the customer was told, their feedback, the penalties. */
    public record Implementation(@Size(max = 2000) String actionsTaken, BigDecimal compensation,
            @Size(max = 500) String compensationNote, Instant customerNotifiedAt,
            @Size(max = 2000) String customerFeedback, List<@Valid Penalty> penalties) {
        public Implementation {
            actionsTaken = RequestDraft.strip(actionsTaken);
            compensationNote = RequestDraft.strip(compensationNote);
            customerFeedback = RequestDraft.strip(customerFeedback);
            penalties = penalties == null ? List.of() : List.copyOf(penalties);
        }
    }

    /** CMP-6: the classification and the improvement measure. */
    public record Summary(ComplaintCategory category, @Size(max = 2000) String rootCause, Long departmentId,
            @Size(max = 2000) String improvement) {
        public Summary {
            rootCause = RequestDraft.strip(rootCause);
            improvement = RequestDraft.strip(improvement);
        }
    }

    /** CMP-7: the follow-up visit after handling and the customer's verdict. */
    public record FollowUp(@Size(max = 2000) String result, Satisfaction satisfaction, Instant visitedAt) {
        public FollowUp {
            result = RequestDraft.strip(result);
        }
    }
}
