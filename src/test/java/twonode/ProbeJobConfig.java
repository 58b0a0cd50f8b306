package twonode;

import csms.system.ScheduledJobs;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Test-only beans for the two-node test: a job that every node ticks every 200 ms but that may run once per
 * one-second lock window across the cluster. Lives outside {@code csms} so no other test context scans it.
 */
@Configuration(proxyBeanMethods = false)
public class ProbeJobConfig {

    public static final String JOB = "two-node-probe";

    @Bean
    ProbeJob probeJob(ScheduledJobs jobs) {
        return new ProbeJob(jobs);
    }

    /** The probe: {@link #run()} is locked cluster-wide, {@link #tick()} counts this node's own ticks. */
    public static class ProbeJob {

        private final ScheduledJobs jobs;
        private final AtomicInteger ticks = new AtomicInteger();

        ProbeJob(ScheduledJobs jobs) {
            this.jobs = jobs;
        }

        @Scheduled(fixedRate = 200)
        @SchedulerLock(name = JOB, lockAtLeastFor = "PT1S", lockAtMostFor = "PT5S")
        public void run() {
            jobs.run(JOB, () -> 1);
        }

        @Scheduled(fixedRate = 200)
        public void tick() {
            ticks.incrementAndGet();
        }

        public int ticks() {
            return ticks.get();
        }
    }
}
