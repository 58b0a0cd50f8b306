package csms.system.spreadsheet;

/** A problem found in a row while reading or mapping it: the column key (null for the whole row) and a message. */
public record CellProblem(String column, String messageKey, Object[] arguments) {

    public CellProblem {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
