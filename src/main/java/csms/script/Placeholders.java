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
