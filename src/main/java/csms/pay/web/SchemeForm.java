package csms.pay.web;

import csms.pay.PerformanceScheme;
import csms.pay.SchemeCriterion;
import csms.pay.SchemeGrader;
import csms.pay.SchemeInput;
import csms.shared.RuleViolation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The performance scheme form: six criterion rows (blank ones ignored), who grades and each grade's meaning. */
public class SchemeForm {

    private Long departmentId;
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth from;
    private List<Row> criteria = new ArrayList<>();
    private SchemeGrader grader = SchemeGrader.HEAD;
    private String failMeans;
    private String passMeans;
    private String goodMeans;
    private String excellentMeans;
    private Long version;

    /** A criterion row; the weight is text so that a wrong entry comes back as typed. */
    public static class Row {
        private String name;
        private String weight;
        private String description;

        public Row() {
        }

        Row(SchemeCriterion c) {
            this.name = c.getName();
            this.weight = c.getWeight() == null ? null : c.getWeight().toString();
            this.description = c.getDescription();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    static SchemeForm blank(Long departmentId, YearMonth from) {
        SchemeForm f = new SchemeForm();
        f.departmentId = departmentId;
        f.from = from;
        return f.padded();
    }

    static SchemeForm of(PerformanceScheme s) {
        SchemeForm f = new SchemeForm();
        f.departmentId = s.getDepartmentId();
        f.from = s.getEffectiveMonth();
        s.getCriteria().forEach(c -> f.criteria.add(new Row(c)));
        f.grader = s.getGrader();
        f.failMeans = s.getFailMeans();
        f.passMeans = s.getPassMeans();
        f.goodMeans = s.getGoodMeans();
        f.excellentMeans = s.getExcellentMeans();
        f.version = s.getVersion();
        return f.padded();
    }

    /** Fills the rows up to the most a scheme may have, so the form always offers them all. */
    SchemeForm padded() {
        while (criteria.size() < PerformanceScheme.CRITERIA_MAX) {
            criteria.add(new Row());
        }
        return this;
    }

    /** The input for the facade; a weight that is not a whole number → 422 on its row. */
    SchemeInput input() {
        List<SchemeCriterion> rows = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Row r = criteria.get(i);
            String w = r.weight == null ? "" : r.weight.strip();
            Integer weight = null;
            if (!w.isEmpty()) {
                try {
                    weight = Integer.valueOf(w);
                } catch (NumberFormatException e) {
                    throw RuleViolation.onField("criteria[" + i + "].weight", "pay.scheme.weight-invalid");
                }
            }
            rows.add(new SchemeCriterion(r.name, weight, r.description));
        }
        return new SchemeInput(departmentId, from, rows, grader, failMeans, passMeans, goodMeans, excellentMeans,
                version);
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public List<Row> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<Row> criteria) {
        this.criteria = criteria;
    }

    public SchemeGrader getGrader() {
        return grader;
    }

    public void setGrader(SchemeGrader grader) {
        this.grader = grader;
    }

    public String getFailMeans() {
        return failMeans;
    }

    public void setFailMeans(String failMeans) {
        this.failMeans = failMeans;
    }

    public String getPassMeans() {
        return passMeans;
    }

    public void setPassMeans(String passMeans) {
        this.passMeans = passMeans;
    }

    public String getGoodMeans() {
        return goodMeans;
    }

    public void setGoodMeans(String goodMeans) {
        this.goodMeans = goodMeans;
    }

    public String getExcellentMeans() {
        return excellentMeans;
    }

    public void setExcellentMeans(String excellentMeans) {
        this.excellentMeans = excellentMeans;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
