package csms.visit;

import csms.customer.CustomerFilter;
import java.time.LocalDate;

/**
 * A campaign as the supervisor types it (VIS-6): name, purpose, channel, due date and the customer selection, the
 * archive's filter ({@code owner} as the customer list takes it: "me", "unassigned" or a user id).
 */
public record CampaignDraft(String name, String purpose, CampaignChannel channel, LocalDate dueDate,
        Selection selection) {

    public CampaignDraft {
        name = name == null || name.isBlank() ? null : name.strip();
        purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        selection = selection == null ? new Selection(null, null, null, null, null, null, null) : selection;
    }

    /** The customer filter of the archive's list, without the text of the owner parsed yet. */
    public record Selection(String q, Long gradeId, Boolean member, Boolean bigCustomer, Boolean importantAgreement,
            String owner, Boolean incomplete) {

        public Selection {
            q = q == null || q.isBlank() ? null : q.strip();
            owner = owner == null || owner.isBlank() ? null : owner.strip();
        }

        /** The archive's filter; "me" is the given user. A bad owner is a RuleViolation on {@code owner}. */
        public CustomerFilter filter(long me) {
            return CustomerFilter.of(q, gradeId, member, bigCustomer, importantAgreement, owner, incomplete, me);
        }
    }
}
