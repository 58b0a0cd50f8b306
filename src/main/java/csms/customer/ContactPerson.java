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

    static boolean sameList(java.util.List<ContactPerson> a, java.util.List<ContactPerson> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ContactPerson x = a.get(i);
            ContactPerson y = b.get(i);
            if (!java.util.Objects.equals(x.name, y.name) || !java.util.Objects.equals(x.jobTitle, y.jobTitle)
                    || !java.util.Objects.equals(x.phone, y.phone) || !java.util.Objects.equals(x.email, y.email)) {
                return false;
            }
        }
        return true;
    }

    ContactPerson copy() {
        return new ContactPerson(name, jobTitle, phone, email);
    }

    /** The same person: same name and same phone (or both without one). */
    boolean isSamePersonAs(ContactPerson other) {
        return name.equals(other.name) && java.util.Objects.equals(phone, other.phone);
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
