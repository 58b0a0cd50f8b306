package csms.service.web;

import static csms.system.spreadsheet.SpreadsheetColumn.decimal;
import static csms.system.spreadsheet.SpreadsheetColumn.number;
import static csms.system.spreadsheet.SpreadsheetColumn.text;

import csms.service.ComplaintStatistics;
import csms.system.spreadsheet.SheetLocale;
import csms.system.spreadsheet.SpreadsheetExport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics as one readable sheet: a line per figure, grouped by a section column (summary, each breakdown,
 * step times, monthly trend), so the workbook needs no formulas and sorts and filters as a plain table.
 */
final class StatisticsSheet {

    static final SpreadsheetExport<Line> EXPORT = SpreadsheetExport.of("servicestats.title",
            text("servicestats.sheet.section", Line::section), text("servicestats.sheet.item", Line::item),
            number("servicestats.count", Line::count), decimal("servicestats.share", Line::share),
            decimal("servicestats.average-hours", Line::hours), number("servicestats.breaches", Line::breaches),
            decimal("servicestats.amount", Line::amount));

    /** One line of the sheet; empty cells are {@code null}. */
    record Line(String section, String item, Long count, BigDecimal share, BigDecimal hours, Long breaches,
            BigDecimal amount) {

        static Line count(String section, String item, long count, BigDecimal share) {
            return new Line(section, item, count, share, null, null, null);
        }
    }

    private StatisticsSheet() {
    }

    static List<Line> lines(StatisticsView view, SheetLocale locale) {
        List<Line> lines = new ArrayList<>();
        ComplaintStatistics f = view.figures();
        String summary = locale.text("servicestats.summary");
        view.filters().forEach(filter -> lines.add(new Line(summary, filter, null, null, null, null, null)));
        lines.add(Line.count(summary, locale.text("servicestats.total"), f.total(), null));
        lines.add(Line.count(summary, locale.text("servicestats.closed"), f.closed(), null));
        lines.add(Line.count(summary, locale.text("servicestats.open"), f.open(), null));
        lines.add(Line.count(summary, locale.text("servicestats.crisis"), f.crisis(), null));
        lines.add(Line.count(summary, locale.text("servicestats.justified"), f.justified(), null));
        lines.add(Line.count(summary, locale.text("servicestats.unjustified"), f.unjustified(), null));
        lines.add(new Line(summary, locale.text("servicestats.compensation"), null, null, null, null,
                f.compensation()));
        for (StatisticsView.Section s : view.sections()) {
            String title = locale.text(s.title());
            s.rows().forEach(r -> lines.add(Line.count(title, r.label(), r.count(), r.share())));
        }
        String steps = locale.text("servicestats.step-times");
        view.steps().forEach(s -> lines.add(new Line(steps, s.label(), s.completed(), null, s.averageHours(),
                s.breaches(), null)));
        String trend = locale.text("servicestats.trend");
        view.trend().forEach(series -> {
            for (int m = 0; m < view.months().size(); m++) {
                lines.add(Line.count(trend, view.months().get(m) + " " + series.label(), series.counts().get(m),
                        null));
            }
        });
        return lines;
    }
}
