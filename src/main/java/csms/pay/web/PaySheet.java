package csms.pay.web;

import static csms.system.spreadsheet.SpreadsheetColumn.decimal;
import static csms.system.spreadsheet.SpreadsheetColumn.text;

import csms.identity.UserAccount;
import csms.pay.PayComponentKind;
import csms.pay.PayLine;
import csms.system.spreadsheet.SpreadsheetColumn;
import csms.system.spreadsheet.SpreadsheetExport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The monthly pay sheet in Excel (PAY-8): one row per employee with every component and the total. */
final class PaySheet {

    /** A line with the employee's account (null when the account is gone). */
    record Row(PayLine line, UserAccount user) {
    }

    static final SpreadsheetExport<Row> EXPORT = SpreadsheetExport.of("pay.sheet.title", columns());

    private PaySheet() {
    }

    private static List<SpreadsheetColumn<Row>> columns() {
        List<SpreadsheetColumn<Row>> c = new ArrayList<>(List.of(
                text("pay.profiles.number", r -> r.user() == null ? null : r.user().getAgentNumber()),
                text("pay.profiles.name", r -> r.user() == null ? String.valueOf(r.line().userId())
                        : r.user().getDisplayName())));
        for (PayComponentKind kind : PayComponentKind.values()) {
            c.add(decimal(key(kind), r -> r.line().amount(kind).amount()));
        }
        c.add(decimal("pay.sheet.total", r -> r.line().total().amount()));
        return c;
    }

    static String key(PayComponentKind kind) {
        return "pay.component." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
