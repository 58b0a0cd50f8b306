package csms.audit.web;

import csms.shared.Masking;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The audit trail shows who changed what to everyone allowed to browse it, but personal contact data in it
 * is masked (CUS-6): the values of phone, email, address and contact-person fields, and any phone number
 * elsewhere. Full values are seen only where the record's own access rule allows (the customer history).
 * Used by the page as {@code @personalData.mask(text)} and by the API.
 */
@Component("personalData")
public class PersonalDataMask {

    private static final Pattern LINE = Pattern.compile("^([^:\\n]+): (.*) → (.*)$", Pattern.MULTILINE);
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[^\\s,/()]+@[^\\s,/()]+");

    public String mask(String changes) {
        if (changes == null || changes.isEmpty()) {
            return changes;
        }
        Matcher m = LINE.matcher(changes);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String field = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(field + ": " + value(field, m.group(2)) + " → "
                    + value(field, m.group(3))));
        }
        m.appendTail(out);
        return phones(out.toString());
    }

    private static String value(String field, String v) {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.contains("address")) {
            return "∅".equals(v) ? v : Masking.address(v);
        }
        if (f.contains("email") || f.contains("contactperson")) {
            return EMAIL.matcher(v).replaceAll(e -> Matcher.quoteReplacement(Masking.email(e.group())));
        }
        return v;
    }

    private static String phones(String text) {
        return PHONE.matcher(text).replaceAll(p -> Matcher.quoteReplacement(Masking.phone(p.group())));
    }
}
