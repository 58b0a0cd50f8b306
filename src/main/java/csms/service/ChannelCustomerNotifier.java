package csms.service;

import csms.system.OrganisationSettings;
import csms.system.mail.MailMessage;
import csms.system.mail.OutboundMail;
import csms.system.mail.SmsSender;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default customer notifier: e-mail through the organisation's mail server, SMS through the configured SMS
 * gateway (each logs the message when none is configured). Another {@link CustomerNotifier} bean replaces it.
 */
@Configuration(proxyBeanMethods = false)
class ChannelCustomerNotifier {

    @Bean
    @ConditionalOnMissingBean(CustomerNotifier.class)
    CustomerNotifier channelNotifier(OutboundMail mail, SmsSender sms, OrganisationSettings organisation,
            MessageSource messages) {
        return (medium, address, text) -> {
            if (medium == CustomerNotifier.Medium.SMS) {
                sms.send(address, text);
            } else {
                String name = organisation.current().map(o -> o.getName()).orElse("");
                mail.send(MailMessage.of(address, messages.getMessage("notify.subject", new Object[] { name },
                        Locale.SIMPLIFIED_CHINESE), text));
            }
        };
    }
}
