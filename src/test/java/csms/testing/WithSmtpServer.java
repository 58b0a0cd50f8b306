package csms.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test class that sends real mail over SMTP to a GreenMail server: the server runs for each test class on one port
 * chosen once per test run, so every such class gets the same application configuration and shares one Spring
 * context. Purge the mailboxes in the test's set-up.
 */
public abstract class WithSmtpServer {

    protected static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    protected static final GreenMailExtension SMTP = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        TestSmtp.configure(registry, SMTP_PORT);
    }
}
