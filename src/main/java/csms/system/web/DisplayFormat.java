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

    public ZoneId zone() {
        return organisation.zone();
    }
}
