package csms.bench;

import csms.customer.ClassificationStandard;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.internal.NamePinyin;
import csms.demo.ChineseData;
import csms.shared.PhoneNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes many realistic customers straight into the tables with JDBC batch inserts (the archive's facade would
 * take hours for 100,000), with the name's pinyin and initials computed by the archive's own {@link NamePinyin}
 * and phones normalised by {@link PhoneNumber}, as a registration would store them.
 */
final class BenchCustomers {

    /** What the benchmark needs to know of a generated customer to build queries and check they find it. */
    record Generated(long id, CustomerKind kind, String name, String company, String mobile, Long gradeId,
            boolean member, boolean bigCustomer, boolean importantAgreement, Long ownerId) {
    }

    private static final int BATCH = 2_000;
    private static final String CUSTOMER = """
            insert into customer (id, kind, name, name_pinyin, name_initials, salutation, company, email, address,
              requested_services, source, grade_id, member, big_customer, important_agreement, account_manager_id,
              annual_sales, potential, owner_id, created_at, created_by, updated_at, version)
            values (?, ?, ?, ?, ?, 'NONE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 0)""";
    private static final String PHONE = "insert into customer_phone (customer_id, position, number, digits, label)"
            + " values (?, ?, ?, ?, null)";
    private static final String PERSON = "insert into customer_contact_person (customer_id, position, name, job_title,"
            + " phone) values (?, 0, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ClassificationStandard standard;
    private final List<Long> owners;
    private final long accountManager;

    BenchCustomers(JdbcTemplate jdbc, TransactionTemplate transaction, ClassificationStandard standard,
            List<Long> owners, long accountManager) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.standard = standard;
        this.owners = owners;
        this.accountManager = accountManager;
    }

    /** Inserts {@code count} customers with ids 1…count into an empty archive; returns what was generated. */
    List<Generated> insert(int count, RandomGenerator random) {
        ChineseData data = new ChineseData(random);
        Instant now = Instant.now();
        List<Generated> all = new ArrayList<>(count);
        for (int from = 1; from <= count; from += BATCH) {
            List<Object[]> customers = new ArrayList<>();
            List<Object[]> phones = new ArrayList<>();
            List<Object[]> persons = new ArrayList<>();
            for (long id = from; id < from + BATCH && id <= count; id++) {
                all.add(next(id, data, now, customers, phones, persons));
            }
            transaction.executeWithoutResult(s -> {
                jdbc.batchUpdate(CUSTOMER, customers);
                jdbc.batchUpdate(PHONE, phones);
                jdbc.batchUpdate(PERSON, persons);
            });
        }
        restartIdentity(count + 1);
        return all;
    }

    private Generated next(long id, ChineseData data, Instant now, List<Object[]> customers, List<Object[]> phones,
            List<Object[]> persons) {
        boolean organisation = data.chance(0.4);
        int city = data.city();
        String name = organisation ? data.companyName(city) : data.personName();
        String company = !organisation && data.chance(0.5) ? data.companyName(city) : null;
        String mobile = data.mobile();
        List<String> numbers = organisation ? List.of(data.landline(city), mobile)
                : data.chance(0.3) ? List.of(mobile, data.landline(city)) : List.of(mobile);
        for (int i = 0; i < numbers.size(); i++) {
            PhoneNumber n = PhoneNumber.of(numbers.get(i));
            phones.add(new Object[] { id, i, n.value(), n.digits() });
        }
        if (organisation) {
            persons.add(new Object[] { id, data.personName(), data.jobTitle(), PhoneNumber.of(data.mobile()).value() });
        }
        BigDecimal sales = data.annualSales();
        int potential = data.potential();
        boolean important = data.chance(0.02);
        Long gradeId = standard.gradeIdFor(sales, potential, important);
        boolean member = data.chance(0.3);
        boolean big = data.chance(0.05);
        Long owner = data.chance(0.85) ? data.pick(owners) : null;
        OffsetDateTime created = now.minus(Duration.ofMinutes((long) (data.fraction() * 3 * 365 * 24 * 60)))
                .atOffset(ZoneOffset.UTC);
        customers.add(new Object[] { id, organisation ? "ORGANISATION" : "PERSON", name, NamePinyin.full(name),
            NamePinyin.initials(name), company, data.chance(0.3) ? data.emailFor(name) : null, data.address(city),
            data.services(), data.pick(List.of(CustomerSource.values())).name(), gradeId, member, big, important,
            important ? accountManager : null, sales, potential, owner, created, created });
        return new Generated(id, organisation ? CustomerKind.ORGANISATION : CustomerKind.PERSON, name,
                organisation ? name : company, mobile, gradeId, member, big, important, owner);
    }

    /** Later registrations must not collide with the explicit ids. */
    private void restartIdentity(long next) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("PostgreSQL".equals(product)) {
            jdbc.execute("select setval(pg_get_serial_sequence('customer', 'id'), " + (next - 1) + ")");
        } else {
            jdbc.execute("alter table customer alter column id restart with " + next);
        }
    }
}
