package csms.pay;

import csms.system.ScheduledJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, on one node of the cluster, reports next month's missing sales targets once the deadline passed. */
@Component
class TargetDeadlineSweep {

    static final String JOB = "sales-target-deadline";

    private final SalesTargets targets;
    private final ScheduledJobs jobs;

    TargetDeadlineSweep(SalesTargets targets, ScheduledJobs jobs) {
        this.targets = targets;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${csms.jobs.sales-target-deadline:PT1H}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${csms.jobs.sales-target-deadline-lock:PT30S}")
    public void sweep() {
        jobs.run(JOB, targets::reportMissing);
    }
}
