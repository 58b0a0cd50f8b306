package csms.visit.report.web;

import static csms.system.spreadsheet.SpreadsheetColumn.decimal;
import static csms.system.spreadsheet.SpreadsheetColumn.number;
import static csms.system.spreadsheet.SpreadsheetColumn.text;

import csms.system.spreadsheet.SheetLocale;
import csms.system.spreadsheet.SpreadsheetExport;
import csms.visit.report.SatisfactionFigures.Group;
import csms.visit.report.SatisfactionFigures.QuestionScores;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The satisfaction analysis as one plain table: a line per group (overall, agent, department, grade, month) with
 * its verdicts and average score, and a line per question with the number of answers per score.
 */
final class SatisfactionSheet {

    static final SpreadsheetExport<Line> EXPORT = SpreadsheetExport.of("visitreport.satisfaction.title",
            text("servicestats.sheet.section", Line::section), text("servicestats.sheet.item", Line::item),
            number("visitreport.visits", Line::visits), number("visitreport.satisfied", Line::satisfied),
            number("visitreport.average", Line::average), number("visitreport.unsatisfied", Line::unsatisfied),
            decimal("visitreport.satisfied-share", Line::satisfiedShare),
            decimal("visitreport.average-score", Line::averageScore),
            number("visitreport.score-1", l -> l.score(1)), number("visitreport.score-2", l -> l.score(2)),
            number("visitreport.score-3", l -> l.score(3)), number("visitreport.score-4", l -> l.score(4)),
            number("visitreport.score-5", l -> l.score(5)));

    /** One line; empty cells are {@code null}. */
    record Line(String section, String item, Long visits, Long satisfied, Long average, Long unsatisfied,
            BigDecimal satisfiedShare, BigDecimal averageScore, List<Long> scores) {

        static Line of(String section, Group g) {
            return new Line(section, g.label(), g.visits(), g.satisfied(), g.average(), g.unsatisfied(),
                    g.satisfiedShare(), g.averageScore(), List.of());
        }

        Long score(int n) {
            return scores.size() < n ? null : scores.get(n - 1);
        }
    }

    private SatisfactionSheet() {
    }

    static List<Line> lines(SatisfactionView view, SheetLocale locale) {
        List<Line> lines = new ArrayList<>();
        String summary = locale.text("servicestats.summary");
        view.filters().forEach(f -> lines.add(new Line(summary, f, null, null, null, null, null, null, List.of())));
        lines.add(Line.of(summary, new Group(locale.text("visitreport.total"), view.overall().visits(),
                view.overall().satisfied(), view.overall().average(), view.overall().unsatisfied(),
                view.overall().averageScore())));
        String questions = locale.text("visitreport.by-question");
        for (QuestionScores q : view.questions()) {
            lines.add(new Line(questions, q.question(), q.answers(), null, null, null, null, q.average(),
                    q.distribution()));
        }
        for (SatisfactionView.Section s : view.sections()) {
            String title = locale.text(s.title());
            s.rows().forEach(g -> lines.add(Line.of(title, g)));
        }
        return lines;
    }
}
