package csms.workforce;

/** A half of a working day: a leave starts in the morning or the afternoon and ends at noon or at the day's end. */
public enum HalfDay {
    AM, PM
}
