package csms.system.web;

import csms.system.OrganisationSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Formats stored UTC instants in the organisation's time zone for pages: {@code ${@fmt.dateTime(x)}}. */
@Component("fmt")
public class DisplayFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final java.util.regex.Pattern ISO_INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");

    private final OrganisationSettings organisation;

    DisplayFormat(OrganisationSettings organisation) {
        this.organisation = organisation;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * Audit values store instants as ISO-8601 UTC ({@code 2026-11-27T22:17:00Z}); this shows every such instant in
     * a text in the organisation's zone and leaves everything else as it is.
     */
    public String instantsIn(String text) {
        if (text == null || text.indexOf('T') < 0) {
            return text;
        }
        ZoneId zone = zone();
        return ISO_INSTANT.matcher(text).replaceAll(m -> {
            try {
                return DATE_TIME.format(Instant.parse(m.group()).atZone(zone));
            } catch (java.time.format.DateTimeParseException e) {
                return m.group();
            }
        });
    }

    public ZoneId zone() {
        return organisation.zone();
    }
}
