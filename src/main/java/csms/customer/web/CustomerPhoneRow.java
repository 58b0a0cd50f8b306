package csms.customer.web;

/** A phone row of the customer form. */
public class CustomerPhoneRow {

    private String number;
    private String label;

    public CustomerPhoneRow() {
    }

    CustomerPhoneRow(String number, String label) {
        this.number = number;
        this.label = label;
    }

    boolean isBlank() {
        return number == null || number.isBlank();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
