package csms.service;

import csms.system.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Business time from the organisation's business calendar (working days, hours, public holidays, CMP-8). */
@Component
class CalendarBusinessTime implements BusinessTime {

    private final BusinessCalendar calendar;

    CalendarBusinessTime(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Instant plus(Instant from, Duration businessTime) {
        return calendar.plusBusinessTime(from, businessTime);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        return calendar.businessTimeBetween(from, to);
    }
}
