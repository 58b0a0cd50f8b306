package csms.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The complaint classification statistics 顾客投诉分类统计表 (CMP-6, RPT-2) of a period: counts and shares by
 * category, problem kind (cause), department, channel and severity; average business hours per step; breaches per
 * step; the monthly trend by category. {@code share} is a percentage with one decimal (half up).
 */
public record ComplaintStatistics(StatisticsQuery query, long total, long closed, long open, long crisis,
        long justified, long unjustified, BigDecimal compensation, List<Slice> byCategory, List<Slice> byCause,
        List<Slice> byDepartment, List<Slice> byChannel, List<Slice> bySeverity, List<StepTime> stepTimes,
        List<Slice> breaches, List<YearMonth> months, Map<String, List<Long>> trend) {

    /** One group: its key (an enum name or a department id), its label, its count and its share of the total. */
    public record Slice(String key, String label, long count, BigDecimal share) {
    }

    /** A step's average business hours over the complaints that completed it (one decimal, half up). */
    public record StepTime(ComplaintStage step, long completed, BigDecimal averageHours, long breaches) {
    }
}
