package csms.customer;

import java.time.Instant;

/** A filed contact as lists and the API show it, with the agent's name. */
public record ContactRecordView(long id, long customerId, long agentId, String agentName, Instant contactedAt,
        ContactChannel channel, String summary, Instant createdAt) {

    static ContactRecordView of(ContactRecord r, String agentName) {
        return new ContactRecordView(r.getId(), r.getCustomerId(), r.getAgentId(), agentName, r.getContactedAt(),
                r.getChannel(), r.getSummary(), r.getCreatedAt());
    }
}
