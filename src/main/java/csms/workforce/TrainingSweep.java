package csms.workforce;

import csms.system.ScheduledJobs;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a day, on one node of the cluster, tells the supervisors of the agents whose onboarding became overdue. */
@Component
class TrainingSweep {

    static final String JOB = "training-overdue";

    private final Onboarding onboarding;
    private final ScheduledJobs jobs;

    TrainingSweep(Onboarding onboarding, ScheduledJobs jobs) {
        this.onboarding = onboarding;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${csms.jobs.training-overdue:0 30 7 * * *}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "${csms.jobs.training-overdue-lock:PT30S}")
    public void sweep() {
        jobs.run(JOB, onboarding::notifyOverdue);
    }
}
