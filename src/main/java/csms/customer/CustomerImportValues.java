package csms.customer;

import csms.shared.PhoneNumber;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * How cells of a customer import are read: enum values by their name, their label in Chinese or English
 * ({@code customerkind.PERSON} → 个人 / Person) or an alias from {@code customer.import.values.<enum>.<NAME>}
 * (机构 → ORGANISATION); and a phone cell holding several numbers.
 */
final class CustomerImportValues {

    /** Between numbers: 、 , ; / (also full width) and line breaks; spaces only where the parts are numbers each. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\u3001,\\uFF0C;\\uFF1B/\\uFF0F\\r\\n]+");
    /** A label in brackets after a number, as our exports write it: {@code 13812345678(手机)}. */
    private static final Pattern LABELLED = Pattern.compile("(.*?)\\s*[(\\uFF08]([^()\\uFF08\\uFF09\\d]+)[)\\uFF09]");
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;
    private final Names<CustomerKind> kinds;
    private final Names<Salutation> salutations;
    private final Names<CustomerSource> sources;

    CustomerImportValues(MessageSource messages) {
        this.messages = messages;
        this.kinds = new Names<>(CustomerKind.class);
        this.salutations = new Names<>(Salutation.class);
        this.sources = new Names<>(CustomerSource.class);
    }

    Names<CustomerKind> kinds() {
        return kinds;
    }

    Names<Salutation> salutations() {
        return salutations;
    }

    Names<CustomerSource> sources() {
        return sources;
    }

    /** One number as the user wrote it (valid or not) with its label, if any. */
    record PhoneText(String number, String label, boolean valid) {
    }

    /** The numbers in a phone cell: {@code 13812345678、010-12345678}, {@code 138 1234 5678 / 13912345678}. */
    static List<PhoneText> phones(String cell) {
        List<PhoneText> phones = new ArrayList<>();
        if (cell == null) {
            return phones;
        }
        for (String part : SEPARATORS.split(cell)) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            String label = null;
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.matches()) {
                text = labelled.group(1).strip();
                label = labelled.group(2).strip();
            }
            phones.addAll(numbers(text, label));
        }
        return phones;
    }

    private static List<PhoneText> numbers(String text, String label) {
        if (PhoneNumber.isValid(text)) {
            return List.of(new PhoneText(text, label, true));
        }
        String[] words = text.split("\\s+");
        if (words.length > 1 && Arrays.stream(words).allMatch(PhoneNumber::isValid)) {
            return Arrays.stream(words).map(w -> new PhoneText(w, label, true)).toList();
        }
        return List.of(new PhoneText(text, label, false));
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}_]", "");
    }

    /** The accepted texts of one enum, looked up ignoring case, width and spaces. */
    final class Names<E extends Enum<E>> {

        private final Class<E> type;
        private final String labelPrefix;
        private final Map<String, E> byText = new HashMap<>();

        Names(Class<E> type) {
            this.type = type;
            this.labelPrefix = type.getSimpleName().toLowerCase(Locale.ROOT) + ".";
            for (E value : type.getEnumConstants()) {
                add(value.name(), value);
                for (Locale language : LANGUAGES) {
                    add(messages.getMessage(labelPrefix + value.name(), null, "", language), value);
                    String aliases = messages.getMessage("customer.import.values." + labelPrefix + value.name(), null,
                            "", language);
                    Arrays.stream(aliases.split(",")).forEach(a -> add(a, value));
                }
            }
        }

        private void add(String text, E value) {
            String key = normalise(text);
            if (!key.isEmpty()) {
                E other = byText.putIfAbsent(key, value);
                if (other != null && other != value) {
                    throw new IllegalStateException("'" + text + "' names both " + other + " and " + value);
                }
            }
        }

        /** The value the text names, or null. */
        E find(String text) {
            return text == null ? null : byText.get(normalise(text));
        }

        /** The labels of all values in the language, for a message listing what may be written. */
        String accepted(Locale locale) {
            String separator = messages.getMessage("spreadsheet.list-separator", null, ", ", locale);
            return Arrays.stream(type.getEnumConstants())
                    .map(v -> messages.getMessage(labelPrefix + v.name(), null, v.name(), locale))
                    .collect(Collectors.joining(separator));
        }
    }
}
