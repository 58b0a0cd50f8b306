package csms.system.calendar;

/** Where a calendar day comes from: the bundled public holiday data, or an administrator's edit. */
public enum DaySource {
    DEFAULT,
    EDITED
}
