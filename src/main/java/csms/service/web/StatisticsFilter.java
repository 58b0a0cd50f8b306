package csms.service.web;

import csms.service.Channel;
import csms.service.ComplaintCategory;
import csms.service.Severity;
import csms.service.StatisticsQuery;
import csms.shared.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the complaint classification statistics as typed on the page or passed to the downloads and the
 * API; days in the organisation's zone. Without a period the statistics cover the current month up to today.
 */
record StatisticsFilter(@DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to,
        Long departmentId, Channel channel, Severity severity, ComplaintCategory category) {

    /** The query; a bad period (end before start, too long, one end missing) is a {@code RuleViolation}. */
    StatisticsQuery query(LocalDate today) {
        if (from == null && to == null) {
            return withPeriod(today.withDayOfMonth(1), today).query(today);
        }
        return new StatisticsQuery(from, to, departmentId, channel, severity, category);
    }

    boolean hasPeriod() {
        return from != null || to != null;
    }

    StatisticsFilter withPeriod(LocalDate start, LocalDate end) {
        return new StatisticsFilter(start, end, departmentId, channel, severity, category);
    }

    /** This filter as a link to {@code path}, e.g. the page with the current month or a download. */
    String link(String path) {
        return UriComponentsBuilder.fromPath(path).queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to))
                .queryParamIfPresent("departmentId", Optional.ofNullable(departmentId))
                .queryParamIfPresent("channel", Optional.ofNullable(channel))
                .queryParamIfPresent("severity", Optional.ofNullable(severity))
                .queryParamIfPresent("category", Optional.ofNullable(category))
                .build().toUriString();
    }

    /** The quick periods of the page: this month, last month, this quarter, the last twelve months. */
    static List<ReportPeriod.Preset> presets(LocalDate today) {
        return ReportPeriod.presets(today);
    }
}
