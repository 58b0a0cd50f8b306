package csms.system.spreadsheet;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a module imports rows of type {@code T}: the audit subject ({@code <subject>.imported} on
 * {@code subjectType}), the columns, a mapper from {@link ImportRow} to a command (it records problems on the row
 * rather than throwing; a {@code BusinessException} it throws counts as a problem too), and a saver that persists
 * one command — typically a facade call. Commands are also checked with Bean Validation before saving.
 * {@code batchSize} is the number of rows per transaction in {@link ImportMode#VALID_ONLY}.
 */
public record ImportPlan<T>(String subject, String subjectType, ImportLayout layout,
        Function<ImportRow, ? extends T> mapper, Consumer<? super T> saver, int batchSize) {

    public static final int DEFAULT_BATCH_SIZE = 500;

    public ImportPlan {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(saver, "saver");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    public static <T> ImportPlan<T> of(String subject, String subjectType, ImportLayout layout,
            Function<ImportRow, ? extends T> mapper, Consumer<? super T> saver) {
        return new ImportPlan<>(subject, subjectType, layout, mapper, saver, DEFAULT_BATCH_SIZE);
    }

    public ImportPlan<T> withBatchSize(int size) {
        return new ImportPlan<>(subject, subjectType, layout, mapper, saver, size);
    }
}
