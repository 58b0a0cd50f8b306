package csms.system.spreadsheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * Turns a column's raw value into what a writer puts into a cell: {@code String}, {@code BigDecimal},
 * {@code Long}, {@code LocalDate}, {@code LocalDateTime} or {@code null} (empty cell).
 */
final class CellValues {

    private CellValues() {
    }

    static Object convert(CellKind kind, Object raw, SheetLocale locale) {
        if (raw == null) {
            return null;
        }
        return switch (kind) {
            case TEXT -> String.valueOf(raw);
            case LABEL -> locale.text(String.valueOf(raw));
            case YES_NO -> locale.text(toBoolean(raw) ? "spreadsheet.yes" : "spreadsheet.no");
            case NUMBER, DECIMAL -> toNumber(raw);
            case DATE -> toDateTime(raw, locale).toLocalDate();
            case DATE_TIME -> toDateTime(raw, locale).truncatedTo(ChronoUnit.SECONDS);
        };
    }

    private static boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("Not a boolean: " + raw.getClass().getName());
    }

    private static Number toNumber(Object raw) {
        return switch (raw) {
            case BigDecimal d -> d;
            case Long l -> l;
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case java.math.BigInteger i -> new BigDecimal(i);
            case Number n -> new BigDecimal(n.toString());
            default -> throw new IllegalArgumentException("Not a number: " + raw.getClass().getName());
        };
    }

    private static LocalDateTime toDateTime(Object raw, SheetLocale locale) {
        return switch (raw) {
            case LocalDateTime t -> t;
            case LocalDate d -> d.atStartOfDay();
            case Instant i -> LocalDateTime.ofInstant(i, locale.zone());
            case ZonedDateTime z -> z.withZoneSameInstant(locale.zone()).toLocalDateTime();
            case OffsetDateTime o -> o.atZoneSameInstant(locale.zone()).toLocalDateTime();
            case Date d -> LocalDateTime.ofInstant(d.toInstant(), locale.zone());
            default -> throw new IllegalArgumentException("Not a date: " + raw.getClass().getName());
        };
    }
}
