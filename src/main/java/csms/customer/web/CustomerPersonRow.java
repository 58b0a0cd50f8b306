package csms.customer.web;

/** A contact person row of the customer form. */
public class CustomerPersonRow {

    private String name;
    private String jobTitle;
    private String phone;
    private String email;

    public CustomerPersonRow() {
    }

    CustomerPersonRow(String name, String jobTitle, String phone, String email) {
        this.name = name;
        this.jobTitle = jobTitle;
        this.phone = phone;
        this.email = email;
    }

    boolean isBlank() {
        return name == null || name.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
