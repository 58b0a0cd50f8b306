package csms.script;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a spoken script's placeholders take (SCR-1, SCR-2). Unlike a reply template, a script is read aloud at
 * once, so the customer's form of address is never left as a placeholder: without a title (先生 / 女士) the agent
 * says the neutral {@link #NEUTRAL_ADDRESS} (never a guessed gender, never "张null"); without a surname the title
 * alone (先生). Other placeholders without a value stay visible, as in a template.
 */
public record ScriptValues(String customerTitle, String customerSurname, String agentNumber, String organisation,
        String centre, String service, String date, String wish) {

    /** How a customer whose title is unknown is addressed, in place of {customer.surname}{customer.title}. */
    public static final String NEUTRAL_ADDRESS = "尊敬的客户";

    private static final String SURNAME = "{customer.surname}";
    private static final String TITLE = "{customer.title}";

    /** For the given customer, agent, service and date; the organisation and centre are added by {@link Scripts}. */
    public static ScriptValues forCustomer(String customerTitle, String customerSurname, String agentNumber,
            String service, String date, String wish) {
        return new ScriptValues(customerTitle, customerSurname, agentNumber, null, null, service, date, wish);
    }

    /** These values, with the organisation, centre and date given where they are missing. */
    ScriptValues withDefaults(String organisationName, String centreName, String today) {
        return new ScriptValues(customerTitle, customerSurname, agentNumber,
                blank(organisation) ? organisationName : organisation, blank(centre) ? centreName : centre, service,
                blank(date) ? today : date, wish);
    }

    /** The text with the form of address resolved (see the class comment) and every other known value filled in. */
    public String fill(String text) {
        String filled = address(text);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{agent.number}", agentNumber);
        values.put("{organisation}", organisation);
        values.put("{centre}", centre);
        values.put("{service}", service);
        values.put("{date}", date);
        values.put("{wish}", wish);
        for (var e : values.entrySet()) {
            if (!blank(e.getValue())) {
                filled = filled.replace(e.getKey(), e.getValue().strip());
            }
        }
        return filled;
    }

    private String address(String text) {
        if (blank(customerTitle)) {
            return text.replace(SURNAME + TITLE, NEUTRAL_ADDRESS).replace(TITLE, NEUTRAL_ADDRESS).replace(SURNAME, "");
        }
        String surname = blank(customerSurname) ? "" : customerSurname.strip();
        return text.replace(SURNAME, surname).replace(TITLE, customerTitle.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
