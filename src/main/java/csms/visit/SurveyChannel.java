package csms.visit;

import csms.service.CustomerNotifier;

/** How the questionnaire link reaches the customer (VIS-6): an e-mail or a text message. */
public enum SurveyChannel {
    EMAIL, SMS;

    CustomerNotifier.Medium medium() {
        return this == EMAIL ? CustomerNotifier.Medium.EMAIL : CustomerNotifier.Medium.SMS;
    }
}
