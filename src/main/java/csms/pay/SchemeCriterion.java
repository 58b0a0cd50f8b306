package csms.pay;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One thing a scheme grades on (页面设计, 产销率 …), with an optional weight in per cent and a description. */
@Embeddable
public class SchemeCriterion {

    public static final int NAME_MAX = 50;
    public static final int DESCRIPTION_MAX = 200;

    @Column(nullable = false)
    private String name;

    private Integer weight;

    private String description;

    protected SchemeCriterion() {
    }

    public SchemeCriterion(String name, Integer weight, String description) {
        this.name = name;
        this.weight = weight;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public Integer getWeight() {
        return weight;
    }

    public String getDescription() {
        return description;
    }
}
