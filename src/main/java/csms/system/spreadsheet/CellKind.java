package csms.system.spreadsheet;

/** How an exported column's values are written: as text, as a typed number or date, or as a translated label. */
public enum CellKind {
    /** Text, neutralised against formula injection. */
    TEXT,
    /** A message key translated into the export's language (enum labels such as {@code customerkind.PERSON}). */
    LABEL,
    /** A whole number written as a numeric cell. */
    NUMBER,
    /** A decimal (money) written as a numeric cell with two decimals shown. */
    DECIMAL,
    /** A calendar date; an {@code Instant} is converted in the organisation's time zone. */
    DATE,
    /** A date and time to the second in the organisation's time zone. */
    DATE_TIME,
    /** A boolean written as the translated "yes"/"no", which the importer reads back. */
    YES_NO
}
