package csms.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies per query kind (a label), summarised as median, 95th percentile (nearest rank) and maximum. */
final class LatencyTable {

    private final Map<String, List<Long>> nanos = new LinkedHashMap<>();
    private final Map<String, List<Long>> hits = new LinkedHashMap<>();

    void record(String kind, long elapsedNanos, long totalHits) {
        nanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(elapsedNanos);
        hits.computeIfAbsent(kind, k -> new ArrayList<>()).add(totalHits);
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| query kind | n | median ms | p95 ms | max ms | median hits |\n");
        sb.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        nanos.forEach((kind, list) -> sb.append("| %s | %d | %.1f | %.1f | %.1f | %d |%n".formatted(kind,
                list.size(), percentile(list, 50) / 1e6, percentile(list, 95) / 1e6, percentile(list, 100) / 1e6,
                percentile(hits.get(kind), 50))));
        return sb.toString();
    }

    static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
