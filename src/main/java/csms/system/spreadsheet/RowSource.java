package csms.system.spreadsheet;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * Where exported rows come from, opened only when the download is written. A {@linkplain #stream stream} (e.g. a
 * repository {@code Stream<T>} or a {@code JdbcClient} query) is read inside one read-only transaction; a
 * {@linkplain #paged paged} source fetches page after page, each in the transaction of the facade it calls, so
 * no persistence context grows with the export. For a database stream set a fetch size (JPA hint
 * {@code org.hibernate.fetchSize}, or {@code JdbcClient} on a {@code JdbcTemplate} with one): without it the
 * PostgreSQL driver reads the whole result into memory before the first row.
 */
public interface RowSource<T> {

    /** Opens the rows; the caller closes the stream. */
    Stream<T> open();

    /** True if {@link #open()} must run inside a transaction (a database cursor). */
    boolean needsTransaction();

    static <T> RowSource<T> stream(Supplier<? extends Stream<T>> rows) {
        Objects.requireNonNull(rows, "rows");
        return new RowSource<>() {
            @Override
            public Stream<T> open() {
                return rows.get();
            }

            @Override
            public boolean needsTransaction() {
                return true;
            }
        };
    }

    /** Pages of {@code pageSize} in the given (stable, unique) order until the last page. */
    static <T> RowSource<T> paged(int pageSize, Sort sort, Function<Pageable, ? extends Slice<T>> pages) {
        Objects.requireNonNull(pages, "pages");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        return new RowSource<>() {
            @Override
            public Stream<T> open() {
                return StreamSupport.stream(new PageSpliterator<>(PageRequest.of(0, pageSize, sort), pages), false);
            }

            @Override
            public boolean needsTransaction() {
                return false;
            }
        };
    }

    /** Rows already at hand (small lists, tests). */
    static <T> RowSource<T> of(List<T> rows) {
        List<T> copy = List.copyOf(rows);
        return new RowSource<>() {
            @Override
            public Stream<T> open() {
                return copy.stream();
            }

            @Override
            public boolean needsTransaction() {
                return false;
            }
        };
    }
}
