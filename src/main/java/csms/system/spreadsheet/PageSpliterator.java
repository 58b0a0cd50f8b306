package csms.system.spreadsheet;

import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/** Fetches the next page only when the rows of the current one are used up. */
final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

    private final Function<Pageable, ? extends Slice<T>> pages;
    private Pageable next;
    private Iterator<T> current = Collections.emptyIterator();

    PageSpliterator(Pageable first, Function<Pageable, ? extends Slice<T>> pages) {
        super(Long.MAX_VALUE, Spliterator.ORDERED);
        this.next = first;
        this.pages = pages;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (!current.hasNext()) {
            if (next == null) {
                return false;
            }
            Slice<T> page = pages.apply(next);
            next = page.hasNext() ? page.nextPageable() : null;
            current = page.getContent().iterator();
        }
        action.accept(current.next());
        return true;
    }
}
