package csms.shared;

import java.util.List;
import java.util.Map;

/**
 * ECharts options of the report pages, as plain maps rendered into JSON blocks that static/js/charts.js draws
 * (complaint statistics, visit reports).
 */
public final class ChartOptions {

    private ChartOptions() {
    }

    /** A pie of named counts. */
    public static Map<String, Object> pie(List<String> names, List<? extends Number> values) {
        return Map.of("tooltip", Map.of("trigger", "item"), "legend", Map.of("bottom", 0),
                "series", List.of(Map.of("type", "pie", "radius", "60%", "data",
                        java.util.stream.IntStream.range(0, names.size())
                                .mapToObj(i -> Map.of("name", names.get(i), "value", values.get(i))).toList())));
    }

    /** Bars, one per name; a {@code null} value shows as a gap. */
    public static Map<String, Object> bar(List<String> names, List<?> values) {
        return Map.of("tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "category", "data", names, "axisLabel", Map.of("interval", 0)),
                "yAxis", Map.of("type", "value"),
                "series", List.of(Map.of("type", "bar", "data", gaps(values))));
    }

    /** Named lines over the same categories (e.g. months). */
    public static Map<String, Object> lines(List<String> categories, Map<String, List<?>> series) {
        return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("bottom", 0),
                "xAxis", Map.of("type", "category", "data", categories), "yAxis", Map.of("type", "value"),
                "series", series.entrySet().stream().map(e -> Map.of("name", e.getKey(), "type", "line",
                        "data", gaps(e.getValue()))).toList());
    }

    private static List<Object> gaps(List<?> values) {
        return values.stream().map(v -> v == null ? (Object) "-" : v).toList();
    }
}
