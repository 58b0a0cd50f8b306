package csms.service;

import csms.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default customer notifier: writes the message to the log (no gateway configured). */
@Configuration(proxyBeanMethods = false)
class LoggingCustomerNotifier {

    private static final Logger log = LoggerFactory.getLogger(LoggingCustomerNotifier.class);

    @Bean
    @ConditionalOnMissingBean(CustomerNotifier.class)
    CustomerNotifier loggingNotifier() {
        return (medium, address, text) -> log.info("Message to customer by {} to {}: {}", medium,
                medium == CustomerNotifier.Medium.EMAIL ? Masking.email(address) : Masking.phone(address), text);
    }
}
