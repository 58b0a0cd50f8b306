package csms.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person 联系人 at an organisation customer. */
@Embeddable
public class ContactPerson {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "phone")
    private String phone;

    @Column(name = "email")
    private String email;

    protected ContactPerson() {
    }

    public ContactPerson(String name, String jobTitle, String phone, String email) {
        this.name = name;
        this.jobTitle = jobTitle;
        this.phone = phone;
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
