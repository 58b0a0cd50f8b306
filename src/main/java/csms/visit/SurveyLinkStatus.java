package csms.visit;

import java.time.Instant;
import java.util.List;

/**
 * The questionnaire link on the visit screen: the channels the customer's archive allows (with the masked address
 * each goes to) and the link last sent, if any — when, how, until when, whether it expired or was answered.
 */
public record SurveyLinkStatus(List<Option> options, SurveyChannel channel, Instant sentAt, Instant expiresAt,
        Instant answeredAt, boolean expired) {

    /** A channel the agent may choose and the masked address it goes to. */
    public record Option(SurveyChannel channel, String maskedAddress) {
    }

    public boolean sent() {
        return sentAt != null;
    }
}
