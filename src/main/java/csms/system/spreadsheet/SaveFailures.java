package csms.system.spreadsheet;

import csms.shared.BusinessException;
import csms.shared.RuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.sql.SQLException;
import java.util.Iterator;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Which failures belong to a row (and become a rejected row) rather than to the import as a whole: business
 * exceptions, Bean Validation failures, and integrity violations from the database (a uniqueness clash found only
 * when saving). Anything else — a bug, the database gone — is not the row's fault and aborts the import.
 */
final class SaveFailures {

    private SaveFailures() {
    }

    /** The row's problem for this failure, or {@code null} if it is not a row failure. */
    static CellProblem problem(Throwable failure, ImportLayout layout) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BusinessException b) {
                return new CellProblem(column(b, layout), b.messageKey(), b.arguments());
            }
            if (t instanceof ConstraintViolationException cve && !cve.getConstraintViolations().isEmpty()) {
                ConstraintViolation<?> first = cve.getConstraintViolations().iterator().next();
                return new CellProblem(column(first.getPropertyPath(), layout), first.getMessage(), null);
            }
            if (t instanceof DataIntegrityViolationException || isIntegrityViolation(t)) {
                return new CellProblem(null, "error.integrity", null);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static String column(Path path, ImportLayout layout) {
        Iterator<Path.Node> nodes = path.iterator();
        return nodes.hasNext() ? known(nodes.next().getName(), layout) : null;
    }

    private static String column(BusinessException e, ImportLayout layout) {
        return e instanceof RuleViolation rv ? known(rv.field(), layout) : null;
    }

    private static String known(String field, ImportLayout layout) {
        return field != null && layout.column(field).isPresent() ? field : null;
    }

    private static boolean isIntegrityViolation(Throwable t) {
        return t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
    }
}
