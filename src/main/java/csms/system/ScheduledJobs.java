package csms.system;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Records each run of a scheduled job (which node, when, how many items) for operators. */
@Service
public class ScheduledJobs {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node;

    ScheduledJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = nodeName();
    }

    /** Runs the work and records the run; the work returns how many items it handled. */
    public int run(String jobName, IntSupplier work) {
        Instant started = Instant.now(clock);
        int items = work.getAsInt();
        jdbc.sql("insert into job_run (job_name, node, started_at, finished_at, items) values (:j, :n, :s, :f, :i)")
                .param("j", jobName).param("n", node).param("s", started.atOffset(ZoneOffset.UTC))
                .param("f", Instant.now(clock).atOffset(ZoneOffset.UTC)).param("i", items).update();
        return items;
    }

    public String node() {
        return node;
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        } catch (java.io.IOException e) {
            return "node-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }
}
