package csms.bench;

import csms.bench.BenchCustomers.Generated;
import csms.customer.CustomerKind;
import csms.customer.internal.NamePinyin;
import java.util.List;
import java.util.function.BiFunction;

/** The searches an agent types, each built from one generated customer (null when that customer does not fit). */
enum QueryKind {

    FULL_NAME("full Chinese name", (c, words) -> person(c) ? c.name() : null),
    SURNAME_PLUS_ONE("surname + 1 character", (c, words) -> person(c) && c.name().length() >= 3
            ? c.name().substring(0, 2) : null),
    PINYIN_INITIALS("pinyin initials", (c, words) -> person(c) ? NamePinyin.initials(c.name()) : null),
    FULL_PINYIN("full pinyin", (c, words) -> person(c) ? NamePinyin.full(c.name()) : null),
    MOBILE_DIGITS("4 middle digits of a mobile", (c, words) -> c.mobile().substring(3, 7)),
    COMPANY_WORD("company word", (c, words) -> c.company() == null ? null
            : words.stream().filter(c.company()::contains).findFirst().orElse(null));

    private final String label;
    private final BiFunction<Generated, List<String>, String> query;

    QueryKind(String label, BiFunction<Generated, List<String>, String> query) {
        this.label = label;
        this.query = query;
    }

    String label() {
        return label;
    }

    /** The text to search for this customer, or null if the customer cannot serve as this kind's source. */
    String queryFor(Generated customer, List<String> companyWords) {
        return query.apply(customer, companyWords);
    }

    private static boolean person(Generated c) {
        return c.kind() == CustomerKind.PERSON;
    }
}
