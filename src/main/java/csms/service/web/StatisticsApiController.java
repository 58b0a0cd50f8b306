package csms.service.web;

import csms.service.ComplaintStatistics;
import csms.service.ComplaintStatisticsReport;
import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complaint classification statistics over REST (CMP-6, RPT-2): supervisors and above, filtered like the page;
 * without a period the current month; a bad period answers 422.
 */
@RestController
class StatisticsApiController {

    private final ComplaintStatisticsReport report;
    private final OrganisationSettings organisation;
    private final Clock clock;

    StatisticsApiController(ComplaintStatisticsReport report, OrganisationSettings organisation, Clock clock) {
        this.report = report;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/api/v1/requests/statistics")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ComplaintStatistics statistics(@ModelAttribute StatisticsFilter filter) {
        return report.compute(filter.query(LocalDate.now(clock.withZone(organisation.zone()))));
    }
}
