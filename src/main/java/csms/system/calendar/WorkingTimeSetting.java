package csms.system.calendar;

import java.time.Instant;

/** The working time as configured, with who changed it last; no author means the default. */
public record WorkingTimeSetting(WorkingTime time, String updatedBy, Instant updatedAt, long version) {

    public boolean isDefault() {
        return updatedBy == null;
    }
}
