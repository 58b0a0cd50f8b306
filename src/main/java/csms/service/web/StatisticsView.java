package csms.service.web;

import csms.service.ComplaintStatistics;
import csms.shared.ChartOptions;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complaint classification statistics as shown and printed: the figures with translated labels, the tables
 * by category, cause, department, channel and severity, step times, the monthly trend, and the ECharts options.
 */
record StatisticsView(ComplaintStatistics figures, List<String> filters, List<Section> sections, List<StepRow> steps,
        List<String> months, List<Series> trend) {

    /** One table: its title key ({@code servicestats.by-category} ...) and its rows. */
    record Section(String name, String title, List<Row> rows) {
    }

    /** A group with its translated label, count and share (percent). */
    record Row(String label, long count, BigDecimal share) {
    }

    /** A step's average business hours ({@code null} if none completed it) and its breaches. */
    record StepRow(String label, long completed, BigDecimal averageHours, long breaches) {
    }

    /** The monthly counts of one category, in the order of {@link #months()}. */
    record Series(String label, List<Long> counts) {
    }

    Section section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The ECharts options of the page by chart: category pie, cause and department bars, trend lines, step hours. */
    Map<String, Object> charts() {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("category", ChartOptions.pie(section("category").rows().stream().map(Row::label).toList(),
                section("category").rows().stream().map(Row::count).toList()));
        charts.put("cause", ChartOptions.bar(section("cause").rows().stream().map(Row::label).toList(),
                section("cause").rows().stream().map(Row::count).toList()));
        charts.put("department", ChartOptions.bar(section("department").rows().stream().map(Row::label).toList(),
                section("department").rows().stream().map(Row::count).toList()));
        charts.put("trend", lines());
        charts.put("steps", ChartOptions.bar(steps.stream().map(StepRow::label).toList(),
                steps.stream().map(StepRow::averageHours).toList()));
        return charts;
    }

    private Map<String, Object> lines() {
        return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("bottom", 0),
                "xAxis", Map.of("type", "category", "data", months), "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", trend.stream().map(s -> Map.of("name", s.label(), "type", "line", "data", s.counts()))
                        .toList());
    }
}
