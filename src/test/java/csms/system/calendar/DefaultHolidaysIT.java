package csms.system.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import csms.audit.AuditTrail;
import csms.identity.SignedInUser;
import csms.shared.Role;
import csms.testing.Fixtures;
import com.zaxxer.hikari.HikariDataSource;
import csms.testing.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The bundled holidays are loaded once per year, by one node, and never overwrite what administrators changed. */
@IntegrationTest
class DefaultHolidaysIT {

    @Autowired
    DefaultHolidays bundled;
    @Autowired
    CalendarDays days;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    AuditTrail audit;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void forgetTestYear() {
        jdbc.sql("delete from calendar_day where day_date between '2093-01-01' and '2093-12-31'").update();
        jdbc.sql("delete from calendar_default_year where calendar_year = 2093").update();
    }

    @Test
    void daysTheAdministratorChangedOrRemovedStaySoWhenTheApplicationStartsAgain() {
        SignedInUser admin = fixtures.user(Role.ADMIN);
        LocalDate changed = LocalDate.parse("2022-10-07");
        LocalDate removed = LocalDate.parse("2022-10-06");
        CalendarDay before = days.find(changed).orElseThrow();
        Fixtures.as(admin, () -> days.set(changed, DayKind.WORKING_DAY, "值班日", before.version()));
        Fixtures.as(admin, () -> {
            days.remove(removed, null);
            return null;
        });
        try {
            assertThat(bundled.loadMissingYears()).isZero();
            assertThat(days.find(changed)).get().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DayKind.WORKING_DAY);
                assertThat(d.source()).isEqualTo(DaySource.EDITED);
            });
            assertThat(days.find(removed)).isEmpty();
            assertThat(calendar.isWorkingDay(removed)).as("a Thursday again").isTrue();
        } finally {
            jdbc.sql("update calendar_day set off_day = true, statutory = true, name = '国庆节', source = 'DEFAULT' "
                    + "where day_date = '2022-10-07'").update();
            jdbc.sql("insert into calendar_day (day_date, off_day, statutory, name, source) "
                    + "values ('2022-10-06', true, true, '国庆节', 'DEFAULT')").update();
            calendar.refreshAfterCommit();
        }
    }

    @Test
    void daysAreStillAcceptedAfterThePoolHasRenewedTheConnectionThatCreatedTheTables() {
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        SignedInUser admin = fixtures.user(Role.ADMIN);
        LocalDate day = LocalDate.parse("2034-06-05");
        Fixtures.as(admin, () -> days.set(day, DayKind.COMPANY_HOLIDAY, "新连接", null));
        assertThat(days.find(day)).get().extracting(CalendarDay::source).isEqualTo(DaySource.EDITED);
        Fixtures.as(admin, () -> {
            days.remove(day, null);
            return null;
        });
    }

    @Test
    void twoNodesStartingTogetherLoadANewYearOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int added;
        try {
            List<CompletableFuture<Integer>> nodes = List.of(node(start, threads), node(start, threads));
            start.countDown();
            added = nodes.stream().mapToInt(CompletableFuture::join).sum();
        } finally {
            threads.shutdown();
        }

        assertThat(added).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from calendar_day where day_date between '2093-01-01' and '2093-12-31'")
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("select day_count from calendar_default_year where calendar_year = 2093")
                .query(Integer.class).list()).containsExactly(4);
        assertThat(calendar.isPublicHoliday(LocalDate.parse("2093-03-02"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2093-03-07"))).as("a make-up Saturday").isTrue();
        assertThat(loader().loadMissingYears()).as("loaded before: nothing to do").isZero();
    }

    /** A node's loader of the test year 2093 (src/test/resources/calendar-test). */
    private DefaultHolidays loader() {
        return new DefaultHolidays(jdbc, transaction, audit, calendar, json, clock, "classpath:calendar-test/*.json");
    }

    private CompletableFuture<Integer> node(CountDownLatch start, ExecutorService thread) {
        DefaultHolidays node = loader();
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return node.loadMissingYears();
        }, thread);
    }
}
