package csms.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for mail tests on a free port, and the settings that point the application at it.
 * Test classes extend {@link WithSmtpServer}, which wires both.
 */
public final class TestSmtp {

    /** The sender address the application uses in the tests. */
    public static final String FROM = "kefu@example.cn";

    private TestSmtp() {
    }

    /** One server for all the tests of the class (mailboxes are purged by the test as needed). */
    public static GreenMailExtension server(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);
    }

    public static void configure(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
        registry.add("csms.mail.from", () -> FROM);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
