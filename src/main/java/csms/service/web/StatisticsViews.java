package csms.service.web;

import csms.identity.Departments;
import csms.service.ComplaintStatistics;
import csms.service.ComplaintStatistics.Slice;
import csms.service.StatisticsQuery;
import csms.service.web.StatisticsView.Row;
import csms.service.web.StatisticsView.Section;
import csms.service.web.StatisticsView.Series;
import csms.service.web.StatisticsView.StepRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Translates the statistics' enum keys into labels of the given language (the page, Excel and PDF share them). */
@Component
class StatisticsViews {

    private final MessageSource messages;
    private final Departments departments;

    StatisticsViews(MessageSource messages, Departments departments) {
        this.messages = messages;
        this.departments = departments;
    }

    StatisticsView of(ComplaintStatistics s, Locale locale) {
        List<Section> sections = List.of(
                section("category", s.byCategory(), "complaint.category.", locale),
                section("cause", s.byCause(), "complaint.problem-kind.", locale),
                section("department", s.byDepartment(), null, locale),
                section("channel", s.byChannel(), "request.channel.", locale),
                section("severity", s.bySeverity(), "request.severity.", locale));
        List<StepRow> steps = s.stepTimes().stream().map(t -> new StepRow(
                text("servicestats.step." + t.step().name(), locale), t.completed(), t.averageHours(), t.breaches()))
                .toList();
        List<Series> trend = new ArrayList<>();
        s.trend().forEach((category, counts) -> trend.add(new Series(text("complaint.category." + category, locale),
                counts)));
        return new StatisticsView(s, filters(s.query(), locale), sections, steps,
                s.months().stream().map(Object::toString).toList(), trend);
    }

    private Section section(String name, List<Slice> slices, String prefix, Locale locale) {
        List<Row> rows = slices.stream().map(sl -> new Row(label(sl, prefix, locale), sl.count(), sl.share()))
                .toList();
        return new Section(name, "servicestats.by-" + name, rows);
    }

    private String label(Slice slice, String prefix, Locale locale) {
        if (prefix != null) {
            return text(prefix + slice.key(), locale);
        }
        return slice.label() == null ? text("servicestats.department.none", locale) : slice.label();
    }

    /** The period and the chosen filters in words, for the printed report. */
    private List<String> filters(StatisticsQuery q, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("servicestats.period", new Object[] { q.from().toString(), q.to().toString() },
                locale));
        if (q.departmentId() != null) {
            lines.add(text("servicestats.department", locale) + ": " + departments.get(q.departmentId()).getName());
        }
        if (q.channel() != null) {
            lines.add(text("servicestats.channel", locale) + ": " + text("request.channel." + q.channel(), locale));
        }
        if (q.severity() != null) {
            lines.add(text("servicestats.severity", locale) + ": " + text("request.severity." + q.severity(), locale));
        }
        if (q.category() != null) {
            lines.add(text("servicestats.category", locale) + ": "
                    + text("complaint.category." + q.category(), locale));
        }
        return lines;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
