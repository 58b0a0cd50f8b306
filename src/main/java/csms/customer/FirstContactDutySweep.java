package csms.customer;

import csms.system.ScheduledJobs;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few minutes, on one node of the cluster, marks the first-contact duties that have become overdue. */
@Component
class FirstContactDutySweep {

    static final String JOB = "first-contact-sweep";

    private final FirstContactDuties duties;
    private final ScheduledJobs jobs;
    private final Clock clock;

    FirstContactDutySweep(FirstContactDuties duties, ScheduledJobs jobs, Clock clock) {
        this.duties = duties;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${csms.jobs.first-contact-sweep:PT5M}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${csms.jobs.first-contact-sweep-lock:PT30S}")
    public void sweep() {
        jobs.run(JOB, () -> duties.markOverdue(Instant.now(clock)));
    }
}
