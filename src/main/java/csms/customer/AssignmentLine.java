package csms.customer;

import jakarta.validation.constraints.NotNull;

/** One line of a reviewed proposal to apply: give this customer, as last seen at this version, to this agent. */
public record AssignmentLine(@NotNull Long customerId, @NotNull Long agentId, @NotNull Long version) {
}
