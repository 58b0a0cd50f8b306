package csms.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The fields an action changed, old → new; builds the "before → after" part of an audit entry. */
public final class Changes {

    /** One changed field. */
    public record Change(String field, String before, String after) {
    }

    private final List<Change> list = new ArrayList<>();

    public static Changes none() {
        return new Changes();
    }

    /** Records the field only when the value really changed. */
    public Changes field(String field, Object before, Object after) {
        String b = before == null ? null : String.valueOf(before);
        String a = after == null ? null : String.valueOf(after);
        if (!Objects.equals(blankToNull(b), blankToNull(a))) {
            list.add(new Change(field, b, a));
        }
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Change> asList() {
        return Collections.unmodifiableList(list);
    }

    /** One line per change: {@code field: old → new}, with ∅ for an empty side. */
    public String render() {
        if (list.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Change c : list) {
            sb.append(c.field()).append(": ").append(show(c.before())).append(" → ").append(show(c.after())).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    private static String show(String s) {
        return s == null || s.isEmpty() ? "∅" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
