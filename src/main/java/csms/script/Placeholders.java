package csms.script;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a reply template's placeholders take, filled by the caller: {@code {customer.title}} (先生 / 女士),
 * {@code {customer.surname}}, {@code {agent.number}}, {@code {organisation}} and {@code {centre}}. A placeholder
 * without a value stays in the text as written, so the agent sees what is left to fill in.
 */
public record Placeholders(String customerTitle, String customerSurname, String agentNumber, String organisation,
        String centre) {

    /** For a reply to a customer; the organisation and the centre are filled in by {@link ReplyTemplates}. */
    public static Placeholders forCustomer(String customerTitle, String customerSurname, String agentNumber) {
        return new Placeholders(customerTitle, customerSurname, agentNumber, null, null);
    }

    /** Two-character surnames 复姓 that a person's name may start with; any other name's surname is its first character. */
    private static final java.util.Set<String> COMPOUND_SURNAMES = java.util.Set.of("欧阳", "司马", "诸葛", "上官",
            "东方", "皇甫", "尉迟", "公孙", "慕容", "司徒", "令狐", "夏侯", "长孙", "宇文", "澹台", "轩辕", "端木", "西门",
            "南宫", "独孤");

    /** The surname of a person's Chinese name (张 of 张三, 欧阳 of 欧阳修); null for a blank name. */
    public static String surnameOf(String personName) {
        if (personName == null || personName.isBlank()) {
            return null;
        }
        String name = personName.strip();
        if (name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return name.substring(0, name.offsetByCodePoints(0, 1));
    }

    /** These values, with the organisation and centre given where they are missing. */
    public Placeholders withOrganisation(String organisationName, String centreName) {
        return new Placeholders(customerTitle, customerSurname, agentNumber,
                blank(organisation) ? organisationName : organisation, blank(centre) ? centreName : centre);
    }

    /** The text with every placeholder that has a value replaced by it. */
    public String fill(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{customer.title}", customerTitle);
        values.put("{customer.surname}", customerSurname);
        values.put("{agent.number}", agentNumber);
        values.put("{organisation}", organisation);
        values.put("{centre}", centre);
        String filled = text;
        for (var e : values.entrySet()) {
            if (!blank(e.getValue())) {
                filled = filled.replace(e.getKey(), e.getValue().strip());
            }
        }
        return filled;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
