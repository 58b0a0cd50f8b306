package csms.demo;

import csms.customer.ClassificationStandard;
import csms.customer.ContactPersonEntry;
import csms.customer.CustomerGrade;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Drafts realistic customers, persons and organisations, aimed at a grade of the configured standard so that
 * every grade occurs: the annual sales and potential are drawn to meet that grade's thresholds, then checked
 * against the standard itself. Flags follow the grade (big customers and important agreements mostly in A/B).
 */
final class CustomerDrafts {

    /** How often each grade is aimed at, best grade first; grades beyond the list share the last weight. */
    private static final double[] GRADE_WEIGHTS = { 0.12, 0.23, 0.33, 0.32 };

    private final ChineseData data;
    private final ClassificationStandard standard;
    private final List<Long> accountManagers;
    private final String mobileLabel;
    private final String officeLabel;
    private final String switchboardLabel;

    CustomerDrafts(ChineseData data, ClassificationStandard standard, List<Long> accountManagers, DemoPlan plan) {
        this.data = data;
        this.standard = standard;
        this.accountManagers = accountManagers;
        this.mobileLabel = plan.word("label.mobile");
        this.officeLabel = plan.word("label.office");
        this.switchboardLabel = plan.word("label.switchboard");
    }

    /** A new customer; {@code index} only makes the sales-visit references unique. */
    NewCustomer next(int index) {
        CustomerGrade target = targetGrade();
        boolean organisation = data.chance(0.4);
        int city = data.city();
        String name = organisation ? data.companyName(city) : data.personName();
        List<PhoneEntry> phones = new ArrayList<>();
        List<ContactPersonEntry> persons = new ArrayList<>();
        if (organisation) {
            phones.add(new PhoneEntry(data.landline(city), switchboardLabel));
            int count = data.chance(0.05) ? 0 : data.chance(0.3) ? 2 : 1;
            for (int i = 0; i < count; i++) {
                persons.add(new ContactPersonEntry(data.personName(), data.jobTitle(), data.mobile(), null));
            }
        } else {
            phones.add(new PhoneEntry(data.mobile(), mobileLabel));
            if (data.chance(0.3)) {
                phones.add(new PhoneEntry(data.landline(city), officeLabel));
            }
        }
        CustomerSource source = data.pick(List.of(CustomerSource.values()));
        Figures f = figuresFor(target);
        boolean important = target.isRequiresAgreement() || data.chance(rankBased(target, 0.4, 0.15, 0.03));
        boolean big = data.chance(rankBased(target, 0.7, 0.2, 0.02));
        Long accountManager = important || (big && data.chance(0.5)) ? data.pick(accountManagers) : null;
        return new NewCustomer(organisation ? CustomerKind.ORGANISATION : CustomerKind.PERSON, name,
                organisation ? Salutation.NONE : data.pick(List.of(Salutation.MR, Salutation.MS)),
                !organisation && data.chance(0.5) ? data.companyName(city) : null,
                data.chance(0.4) ? data.emailFor(name) : null,
                data.chance(0.92) ? data.address(city) : null,
                data.chance(0.95) ? data.services() : null,
                source, source == CustomerSource.SALES_VISIT ? "BF-2026-%04d".formatted(index) : null,
                data.chance(0.3) ? data.note() : null,
                phones, persons, f.annualSales(), f.potential(), data.chance(0.35), big, important, accountManager);
    }

    private record Figures(BigDecimal annualSales, Integer potential) {
    }

    private CustomerGrade targetGrade() {
        List<CustomerGrade> grades = standard.grades();
        double r = data.fraction();
        for (int i = 0; i < grades.size(); i++) {
            r -= GRADE_WEIGHTS[Math.min(i, GRADE_WEIGHTS.length - 1)];
            if (r < 0) {
                return grades.get(i);
            }
        }
        return grades.get(grades.size() - 1);
    }

    /** Figures that the standard puts in the target grade; a few tries, then whatever the last draw gives. */
    private Figures figuresFor(CustomerGrade target) {
        Figures f = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            f = draw(target);
            Long got = standard.gradeIdFor(f.annualSales(), f.potential(), target.isRequiresAgreement());
            if (Objects.equals(got, target.getId())) {
                return f;
            }
        }
        return f;
    }

    private Figures draw(CustomerGrade target) {
        BigDecimal sales = data.annualSales();
        if (target.getMinAnnualSales() != null) {
            double factor = 1 + data.fraction() * 0.9;
            sales = target.getMinAnnualSales().multiply(BigDecimal.valueOf(factor)).setScale(2, RoundingMode.HALF_UP);
        }
        int potential = data.potential();
        if (target.getMinPotential() != null) {
            potential = target.getMinPotential() + (int) (data.fraction() * (6 - target.getMinPotential()));
            potential = Math.min(5, potential);
        }
        return new Figures(sales, potential);
    }

    /** A probability by the target's place in the standard: the best grade, the second, the others. */
    private double rankBased(CustomerGrade target, double best, double second, double others) {
        int place = standard.grades().indexOf(target);
        return place == 0 ? best : place == 1 ? second : others;
    }
}
