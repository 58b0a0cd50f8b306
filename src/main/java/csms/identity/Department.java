package csms.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A department or team 部门/小组, led by a supervisor. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Version
    private long version;

    protected Department() {
    }

    Department(String name, Long supervisorId) {
        this.name = name;
        this.supervisorId = supervisorId;
    }

    void rename(String name) {
        this.name = name;
    }

    void appointSupervisor(Long supervisorId) {
        this.supervisorId = supervisorId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public long getVersion() {
        return version;
    }
}
