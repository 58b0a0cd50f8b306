package csms.system.mail;

import csms.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default SMS sender: no gateway configured, so the message is logged with the number masked. */
@Configuration(proxyBeanMethods = false)
class SmsDefaults {

    private static final Logger log = LoggerFactory.getLogger(SmsDefaults.class);

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SmsSender loggingSmsSender() {
        return (mobile, text) -> log.info("No SMS gateway configured; message to {}: {}", Masking.phone(mobile), text);
    }
}
