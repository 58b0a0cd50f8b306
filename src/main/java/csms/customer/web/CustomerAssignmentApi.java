package csms.customer.web;

import csms.customer.AssignmentLine;
import csms.customer.AssignmentOutcome;
import csms.customer.AssignmentProposal;
import csms.customer.CustomerAssignment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assigning customers to agents and balanced proposals (CUS-5), for supervisors and managers. */
@RestController
@RequestMapping("/api/v1/customer-assignments")
@PreAuthorize("hasRole('SUPERVISOR')")
class CustomerAssignmentApi {

    /** Give these customers to this agent. */
    record AssignmentRequest(@NotEmpty @Size(max = CustomerAssignment.MAX_BATCH) List<@NotNull Long> customerIds,
            @NotNull Long agentId) {
    }

    /** Propose a balanced assignment of these customers (default: the unassigned ones) over these agents. */
    record AssignmentProposalRequest(@Size(max = CustomerAssignment.MAX_BATCH) List<@NotNull Long> customerIds,
            @NotEmpty @Size(max = 200) List<@NotNull Long> agentIds) {
    }

    /** Apply reviewed lines, each with the customer version it was proposed for. */
    record AssignmentApplyRequest(@NotEmpty @Size(max = CustomerAssignment.MAX_BATCH) List<@Valid @NotNull AssignmentLine> lines) {
    }

    /** Release these customers: nobody is responsible any more. */
    record AssignmentReleaseRequest(@NotEmpty @Size(max = CustomerAssignment.MAX_BATCH) List<@NotNull Long> customerIds) {
    }

    record AssignmentResponse(List<AssignmentOutcome> assignments) {
    }

    record AssignmentReleaseResponse(int released) {
    }

    private final CustomerAssignment assignment;

    CustomerAssignmentApi(CustomerAssignment assignment) {
        this.assignment = assignment;
    }

    @PostMapping
    AssignmentResponse assign(@Valid @RequestBody AssignmentRequest request) {
        return new AssignmentResponse(assignment.assign(request.customerIds(), request.agentId()));
    }

    @PostMapping("/proposal")
    AssignmentProposal propose(@Valid @RequestBody AssignmentProposalRequest request) {
        return assignment.proposeBalanced(request.customerIds(), request.agentIds());
    }

    @PostMapping("/proposal/apply")
    AssignmentResponse apply(@Valid @RequestBody AssignmentApplyRequest request) {
        return new AssignmentResponse(assignment.apply(request.lines()));
    }

    @PostMapping("/release")
    AssignmentReleaseResponse release(@Valid @RequestBody AssignmentReleaseRequest request) {
        return new AssignmentReleaseResponse(assignment.unassign(request.customerIds()));
    }
}
