package csms.visit;

import csms.system.ScheduledJobs;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Early every morning, on one node of the cluster, plans the periodic, regular and special visits owed (VIS-3,
 * VIS-4, VIS-5).
 * The lock saves work; exactly once per period rests on the unique key (ADR 0012), so a second node running at the
 * same time — a lock expired during a long run — plans nothing twice.
 */
@Component
class ScheduledVisitJob {

    static final String JOB = "scheduled-visits";

    private final ScheduledVisits visits;
    private final ScheduledJobs jobs;
    private final Clock clock;

    ScheduledVisitJob(ScheduledVisits visits, ScheduledJobs jobs, Clock clock) {
        this.visits = visits;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${csms.jobs.scheduled-visits:0 20 6 * * *}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${csms.jobs.scheduled-visits-lock:PT1M}",
            lockAtMostFor = "${csms.jobs.scheduled-visits-lock-max:PT2H}")
    public void run() {
        jobs.run(JOB, () -> visits.generate(Instant.now(clock)));
    }
}
