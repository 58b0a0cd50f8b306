package csms.visit.report.web;

import static csms.system.spreadsheet.SpreadsheetColumn.dateTime;
import static csms.system.spreadsheet.SpreadsheetColumn.label;
import static csms.system.spreadsheet.SpreadsheetColumn.number;
import static csms.system.spreadsheet.SpreadsheetColumn.text;

import csms.system.spreadsheet.SpreadsheetColumn;
import csms.system.spreadsheet.SpreadsheetExport;
import csms.visit.report.VisitRecordRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The return-visit record form 回访记录表 (VIS-6): a row per visit with the questionnaire's answers (at most five,
 * VIS-7) as "question: answer" and the note.
 */
final class RecordSheet {

    static final int QUESTIONS = 5;
    static final SpreadsheetExport<VisitRecordRow> EXPORT = SpreadsheetExport.of("visitreport.records.title",
            columns());

    private RecordSheet() {
    }

    private static List<SpreadsheetColumn<VisitRecordRow>> columns() {
        List<SpreadsheetColumn<VisitRecordRow>> c = new ArrayList<>(List.of(
                number("visitreport.record.id", VisitRecordRow::id),
                text("visitreport.record.customer", VisitRecordRow::customerName),
                label("visitreport.kind", keyed("visit.kind.", VisitRecordRow::kind)),
                number("visitreport.record.source", VisitRecordRow::sourceRequestId),
                text("visitreport.agent", VisitRecordRow::agentName),
                dateTime("visitreport.record.planned", VisitRecordRow::plannedAt),
                dateTime("visitreport.record.visited", VisitRecordRow::visitedAt),
                label("visitreport.record.status", keyed("visit.status.", VisitRecordRow::status)),
                label("visitreport.outcome", keyed("visit.outcome.", VisitRecordRow::outcome)),
                label("visitreport.satisfaction", keyed("complaint.satisfaction.", VisitRecordRow::satisfaction))));
        for (int i = 1; i <= QUESTIONS; i++) {
            int position = i;
            c.add(text("visitreport.record.answer-" + i, r -> r.answer(position)));
        }
        c.add(text("visitreport.record.note", VisitRecordRow::note));
        return c;
    }

    private static Function<VisitRecordRow, String> keyed(String prefix, Function<VisitRecordRow, String> value) {
        return r -> value.apply(r) == null ? null : prefix + value.apply(r);
    }
}
