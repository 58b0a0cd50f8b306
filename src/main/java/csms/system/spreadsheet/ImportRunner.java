package csms.system.spreadsheet;

import csms.audit.AuditTrail;
import csms.shared.BusinessException;
import csms.shared.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an {@link ImportPlan} over a read sheet: maps and validates every row first, then saves. ALL_OR_NOTHING:
 * nothing is saved if any row is invalid; otherwise all rows are saved in ONE transaction, and the first row that
 * fails while saving rolls everything back. VALID_ONLY: rows are saved in transactions of {@code batchSize}; a row
 * that fails while saving is rejected, and the rows of its batch are saved again without it. The persistence
 * context is flushed after each row so that a clash is blamed on the row that caused it (not on a later row whose
 * query happens to trigger the flush).
 */
@Component
class ImportRunner {

    private final MessageSource messages;
    private final Validator validator;
    private final EntityManager entityManager;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ImportRunner(MessageSource messages, Validator validator, EntityManager entityManager, AuditTrail audit,
            PlatformTransactionManager transactionManager) {
        this.messages = messages;
        this.validator = validator;
        this.entityManager = entityManager;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    <T> ImportResult run(ImportPlan<T> plan, ImportMode mode, ImportSheet sheet) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An import opens its own transactions; call it outside of one");
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemTexts texts = new ProblemTexts(messages, locale, sheet, plan.layout());
        List<Mapped<T>> valid = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (ImportRow row : sheet.rows()) {
            T command = map(plan, row);
            if (row.isValid()) {
                valid.add(new Mapped<>(row, command));
            } else {
                rejected.add(texts.rejected(row, row.problems()));
            }
        }
        int imported = mode == ImportMode.ALL_OR_NOTHING
                ? (rejected.isEmpty() ? saveAll(plan, valid, rejected, texts) : 0)
                : saveInBatches(plan, valid, rejected, texts);
        ImportResult result = new ImportResult(sheet.fileName(), mode, sheet.rows().size(), imported, sheet.headers(),
                sheet.unknownColumns(), rejected);
        transactions.executeWithoutResult(s -> audit.record(plan.subject() + ".imported", plan.subjectType(), null,
                "file=" + sheet.fileName() + ", mode=" + mode + ", rows=" + result.totalRows() + ", imported="
                        + imported + ", rejected=" + result.rejectedCount(), null));
        return result;
    }

    private <T> T map(ImportPlan<T> plan, ImportRow row) {
        T command;
        try {
            command = plan.mapper().apply(row);
        } catch (BusinessException e) {
            String field = e instanceof RuleViolation rv && rv.field() != null
                    && plan.layout().column(rv.field()).isPresent() ? rv.field() : null;
            row.reject(field, e.messageKey(), e.arguments());
            return null;
        }
        if (command == null) {
            if (row.isValid()) {
                row.rejectRow("spreadsheet.row.invalid");
            }
            return null;
        }
        if (row.isValid()) {
            for (ConstraintViolation<T> violation : validator.validate(command)) {
                row.reject(SaveFailures.column(violation.getPropertyPath(), plan.layout()), violation.getMessage());
            }
        }
        return command;
    }

    private <T> int saveAll(ImportPlan<T> plan, List<Mapped<T>> rows, List<RejectedRow> rejected, ProblemTexts texts) {
        try {
            transactions.executeWithoutResult(s -> rows.forEach(m -> save(plan, m)));
            return rows.size();
        } catch (RowFailed failed) {
            rejected.add(texts.rejected(failed.row, List.of(failed.problem)));
            return 0;
        }
    }

    private <T> int saveInBatches(ImportPlan<T> plan, List<Mapped<T>> rows, List<RejectedRow> rejected,
            ProblemTexts texts) {
        int imported = 0;
        for (int from = 0; from < rows.size(); from += plan.batchSize()) {
            imported += saveCommitting(plan, rows.subList(from, Math.min(rows.size(), from + plan.batchSize())),
                    rejected, texts);
        }
        return imported;
    }

    /**
     * Saves the rows in one transaction. When row i fails, the transaction rolls back; row i is rejected, rows
     * before it are saved again (they went through before) and the rest continue — so each failure costs at most
     * one more pass over the rows before it, never a quadratic number of retries.
     */
    private <T> int saveCommitting(ImportPlan<T> plan, List<Mapped<T>> rows, List<RejectedRow> rejected,
            ProblemTexts texts) {
        int imported = 0;
        List<Mapped<T>> pending = rows;
        while (!pending.isEmpty()) {
            List<Mapped<T>> attempt = pending;
            try {
                transactions.executeWithoutResult(s -> attempt.forEach(m -> save(plan, m)));
                return imported + attempt.size();
            } catch (RowFailed failed) {
                rejected.add(texts.rejected(failed.row, List.of(failed.problem)));
                int at = indexOf(attempt, failed.row);
                imported += saveCommitting(plan, attempt.subList(0, at), rejected, texts);
                pending = attempt.subList(at + 1, attempt.size());
            }
        }
        return imported;
    }

    private static <T> int indexOf(List<Mapped<T>> rows, ImportRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).row() == row) {
                return i;
            }
        }
        throw new IllegalStateException("Failed row " + row.number() + " is not in the attempt");
    }

    private <T> void save(ImportPlan<T> plan, Mapped<T> mapped) {
        try {
            plan.saver().accept(mapped.command());
            entityManager.flush();
        } catch (RuntimeException e) {
            CellProblem problem = SaveFailures.problem(e, plan.layout());
            if (problem == null) {
                throw e;
            }
            throw new RowFailed(mapped.row(), problem, e);
        }
    }

    private record Mapped<T>(ImportRow row, T command) {
    }

    /** A row failed while saving; thrown through the transaction so that it rolls back. */
    private static final class RowFailed extends RuntimeException {
        private final transient ImportRow row;
        private final transient CellProblem problem;

        RowFailed(ImportRow row, CellProblem problem, Throwable cause) {
            super("Row " + row.number() + " failed: " + problem.messageKey(), cause);
            this.row = row;
            this.problem = problem;
        }
    }
}
