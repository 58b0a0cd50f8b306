package csms.customer;

import jakarta.validation.constraints.NotNull;

/** Merge this duplicate into the survivor, against the versions of both that the supervisor reviewed. */
public record MergeCustomers(@NotNull Long duplicateId, @NotNull Long survivorVersion, @NotNull Long duplicateVersion) {
}
