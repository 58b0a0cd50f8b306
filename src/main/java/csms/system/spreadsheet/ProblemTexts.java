package csms.system.spreadsheet;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Translates row problems for the user: the column as headed in their file (or its label), the message in their
 * language. A problem whose "key" is already a text (a Bean Validation message) is shown as it is.
 */
final class ProblemTexts {

    private final MessageSource messages;
    private final Locale locale;
    private final ImportSheet sheet;
    private final ImportLayout layout;

    ProblemTexts(MessageSource messages, Locale locale, ImportSheet sheet, ImportLayout layout) {
        this.messages = messages;
        this.locale = locale;
        this.sheet = sheet;
        this.layout = layout;
    }

    RejectedRow rejected(ImportRow row, List<CellProblem> problems) {
        return new RejectedRow(row.number(), row.cells(), problems.stream().map(p -> problem(row, p)).toList());
    }

    ImportProblem problem(ImportRow row, CellProblem problem) {
        return new ImportProblem(row.number(), column(problem.column()),
                messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale));
    }

    private String column(String key) {
        if (key == null) {
            return "";
        }
        String header = sheet.columnHeaders().get(key);
        if (header != null) {
            return header;
        }
        return layout.column(key).map(c -> messages.getMessage(c.labelKey(), null, key, locale)).orElse(key);
    }
}
