package csms.visit;

import java.time.Instant;

/** A questionnaire link just sent: the address of the page (for the message only), how, when, until when. */
public record SurveyLinkSent(long visitId, String url, SurveyChannel channel, Instant sentAt, Instant expiresAt) {

    @Override
    public String toString() {
        return "SurveyLinkSent[visitId=" + visitId + ", channel=" + channel + ", expiresAt=" + expiresAt + "]";
    }
}
