package csms.system.spreadsheet;

/** What the user chose for rows that cannot be imported. */
public enum ImportMode {
    /** Import every valid row; list the rejected ones with their reasons. */
    VALID_ONLY,
    /** If any row is invalid (also when saving), import nothing and list all problems. */
    ALL_OR_NOTHING;

    /** Parses a form value; anything unknown is {@link #VALID_ONLY}. */
    public static ImportMode parse(String value) {
        return "ALL_OR_NOTHING".equalsIgnoreCase(value == null ? "" : value.strip()) ? ALL_OR_NOTHING : VALID_ONLY;
    }
}
