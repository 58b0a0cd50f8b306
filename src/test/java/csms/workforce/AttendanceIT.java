package csms.workforce;

import static csms.testing.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import csms.identity.SignedInUser;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportResult;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Attendance (WFM-2): the supervisor records a team member's day, a change needs the version seen, the list shows
 * each reader what they may see, an import keeps the good rows and reports the bad one, importing the same rows
 * again records nothing new, and the month's figures add up for pay.
 */
@IntegrationTest
class AttendanceIT {

    static final YearMonth MONTH = YearMonth.of(2026, 9);

    @Autowired
    Attendance attendance;
    @Autowired
    AttendanceImport imports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long team;
    SignedInUser supervisor;
    SignedInUser agent;
    SignedInUser colleague;
    SignedInUser outsider;

    @BeforeEach
    void setUp() {
        team = fixtures.department();
        supervisor = fixtures.user(team, Role.SUPERVISOR);
        fixtures.supervise(team, supervisor);
        agent = fixtures.user(team, Role.AGENT);
        colleague = fixtures.user(team, Role.AGENT);
        outsider = fixtures.user(fixtures.department(), Role.AGENT);
    }

    @Test
    void theSupervisorRecordsADayAndAChangeNeedsTheVersionSeen() {
        LocalDate day = MONTH.atDay(7);
        AttendanceRecord r = as(supervisor, () -> attendance.record(
                new AttendanceEntry(agent.id(), day, 12, null, new BigDecimal("0.5"), "堵车"), null));

        assertThat(r.getLateMinutes()).isEqualTo(12);
        assertThat(r.getDepartmentId()).isEqualTo(team);
        assertThatThrownBy(() -> as(supervisor, () -> attendance.record(
                new AttendanceEntry(agent.id(), day, 5, null, null, null), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("version"));
        assertThatThrownBy(() -> as(supervisor, () -> attendance.record(
                new AttendanceEntry(agent.id(), day, 5, null, null, null), r.getVersion() + 1)))
                .isInstanceOf(ConflictException.class);
        AttendanceRecord changed = as(supervisor, () -> attendance.record(
                new AttendanceEntry(agent.id(), day, 5, 10, null, null), r.getVersion()));
        assertThat(changed.getLateMinutes()).isEqualTo(5);
        assertThat(changed.getEarlyLeaveMinutes()).isEqualTo(10);
        assertThat(changed.getAbsenceDays()).isEqualByComparingTo("0");
    }

    @Test
    void badFiguresAreRefusedOnTheirField() {
        for (BigDecimal absence : new BigDecimal[] { new BigDecimal("0.7"), new BigDecimal("2"), new BigDecimal("-1") }) {
            assertThatThrownBy(() -> as(supervisor, () -> attendance.record(
                    new AttendanceEntry(agent.id(), MONTH.atDay(8), null, null, absence, null), null)))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("absenceDays"));
        }
        assertThatThrownBy(() -> as(supervisor, () -> attendance.record(
                new AttendanceEntry(agent.id(), MONTH.atDay(8), -1, null, null, null), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("lateMinutes"));
        assertThatThrownBy(() -> as(supervisor, () -> attendance.record(
                new AttendanceEntry(agent.id(), LocalDate.now().plusDays(2), 1, null, null, null), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("day"));
    }

    @Test
    void approvedLeaveIsNotAbsenceAndBothTogetherAreAtMostADay() {
        // the leave was applied for ahead and approved then; the day is now past (rows as the leave pages store them)
        jdbc.sql("""
                insert into leave_request (applicant_id, department_id, leave_type, reason, start_date, start_half,
                    end_date, end_half, working_days, approver_level, approver_id, status, decided_by, decided_at,
                    created_at)
                values (:agent, :team, 'PERSONAL', '家中有事', :day, 'PM', :day, 'PM', 0.5, 'SUPERVISOR', :sup,
                    'APPROVED', :sup, current_timestamp, current_timestamp)
                """).param("agent", agent.id()).param("team", team).param("day", MONTH.atDay(15))
                .param("sup", supervisor.id()).update();

        assertThatThrownBy(() -> as(supervisor, () -> attendance.record(
                new AttendanceEntry(agent.id(), MONTH.atDay(15), null, null, BigDecimal.ONE, null), null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("absenceDays");
                    assertThat(e.messageKey()).isEqualTo("attendance.absence-on-leave");
                });
        AttendanceRecord halfAbsent = as(supervisor, () -> attendance.record(
                new AttendanceEntry(agent.id(), MONTH.atDay(15), 20, null, new BigDecimal("0.5"), "上午未到"), null));
        assertThat(halfAbsent.getAbsenceDays()).isEqualByComparingTo("0.5");
        assertThat(as(supervisor, () -> attendance.record(
                new AttendanceEntry(colleague.id(), MONTH.atDay(15), null, null, BigDecimal.ONE, null), null))
                .getAbsenceDays()).as("the colleague was not on leave").isEqualByComparingTo("1");
    }

    @Test
    void onlyTheTeamsSupervisorKeepsItsAttendanceAndAnAgentSeesOnlyTheirOwn() {
        as(supervisor, () -> attendance.record(new AttendanceEntry(agent.id(), MONTH.atDay(9), 3, null, null, null), null));
        as(supervisor, () -> attendance.record(new AttendanceEntry(colleague.id(), MONTH.atDay(9), 4, null, null, null), null));

        assertThatThrownBy(() -> as(supervisor, () -> attendance.record(
                new AttendanceEntry(outsider.id(), MONTH.atDay(9), 3, null, null, null), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(agent, () -> attendance.record(
                new AttendanceEntry(agent.id(), MONTH.atDay(10), 0, null, null, null), null)))
                .isInstanceOf(AccessDeniedException.class);
        StaffFilter teamMonth = new StaffFilter(MONTH, team, null);
        assertThat(as(supervisor, () -> attendance.list(teamMonth, PageQuery.of(0, 20, null))).getContent())
                .extracting(AttendanceLine::userId).containsExactlyInAnyOrder(agent.id(), colleague.id());
        assertThat(as(agent, () -> attendance.list(teamMonth, PageQuery.of(0, 20, null))).getContent())
                .extracting(AttendanceLine::userId).containsExactly(agent.id());
        SignedInUser hr = fixtures.user(Role.HR);
        assertThat(as(hr, () -> attendance.list(teamMonth, PageQuery.of(0, 1, "day"))).getTotalElements()).isEqualTo(2);
    }

    @Test
    void anImportWithOneBadRowReportsItKeepsTheRestAndAgainRecordsNothingNew() {
        String nobody = "nobody-" + System.nanoTime();
        String csv = "person,day,lateMinutes,earlyLeaveMinutes,absenceDays,note\n"
                + agent.getUsername() + ",2026-09-14,15,,,\n"
                + nobody + ",2026-09-14,5,,,\n"
                + colleague.agentNumber() + ",2026-09-14,,30,0.5,看病\n";

        ImportResult first = importCsv(csv);

        assertThat(first.importedCount()).isEqualTo(2);
        assertThat(first.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains(nobody));
        });
        assertThat(as(supervisor, () -> attendance.month(colleague.id(), MONTH))).satisfies(m -> {
            assertThat(m.earlyLeaveMinutes()).isEqualTo(30);
            assertThat(m.absenceDays()).isEqualByComparingTo("0.5");
        });
        long versionBefore = version(agent.id());
        long auditBefore = auditCount();

        ImportResult again = importCsv(csv);

        assertThat(again.rejectedCount()).isEqualTo(1);
        assertThat(rows(agent.id())).isEqualTo(1);
        assertThat(version(agent.id())).isEqualTo(versionBefore);
        assertThat(auditCount()).as("only the import itself is audited again").isEqualTo(auditBefore + 1);
        importCsv("person,day,lateMinutes\n" + agent.getUsername() + ",2026-09-14,20\n");
        assertThat(as(agent, () -> attendance.month(agent.id(), MONTH)).lateMinutes()).isEqualTo(20);
    }

    @Test
    void theMonthAddsUpTheDaysForPay() {
        as(supervisor, () -> attendance.record(new AttendanceEntry(agent.id(), MONTH.atDay(1), 10, null, null, null), null));
        as(supervisor, () -> attendance.record(new AttendanceEntry(agent.id(), MONTH.atDay(2), 5, 20, null, null), null));
        as(supervisor, () -> attendance.record(new AttendanceEntry(agent.id(), MONTH.atDay(3), null, null, BigDecimal.ONE, null), null));
        as(supervisor, () -> attendance.record(new AttendanceEntry(agent.id(), MONTH.plusMonths(1).atDay(1), 99, null, null, null), null));

        AttendanceMonth m = attendance.month(agent.id(), MONTH);

        assertThat(m.lateTimes()).isEqualTo(2);
        assertThat(m.lateMinutes()).isEqualTo(15);
        assertThat(m.earlyLeaveTimes()).isEqualTo(1);
        assertThat(m.absenceDays()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> as(colleague, () -> attendance.month(agent.id(), MONTH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePageListsTheMonthAndExportsIt() throws Exception {
        as(supervisor, () -> attendance.record(new AttendanceEntry(agent.id(), MONTH.atDay(21), 7, null, null, null), null));

        String page = mvc.perform(get("/workforce/attendance").param("month", MONTH.toString())
                .param("departmentId", String.valueOf(team)).with(Fixtures.as(supervisor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-user=\"" + agent.id() + "\"", "登记考勤", "迟到(分钟)");
        String own = mvc.perform(get("/workforce/attendance").param("month", MONTH.toString()).with(Fixtures.as(agent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("data-user=\"" + agent.id() + "\"").doesNotContain("attendance-form");
        mvc.perform(post("/workforce/attendance").with(Fixtures.as(supervisor)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("day", MONTH.atDay(22).toString())
                .param("absenceDays", "0.3")).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/workforce/attendance").with(Fixtures.as(agent)).with(csrf())
                .param("userId", String.valueOf(agent.id())).param("day", MONTH.atDay(22).toString()))
                .andExpect(status().isForbidden());
        var started = mvc.perform(get("/workforce/attendance/export").param("month", MONTH.toString())
                .param("departmentId", String.valueOf(team)).param("format", "csv").with(Fixtures.as(supervisor)))
                .andReturn();
        byte[] csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        mvc.perform(get("/workforce/attendance/import").with(Fixtures.as(supervisor))).andExpect(status().isOk());
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("迟到(分钟)", "2026-09-21");
    }

    private ImportResult importCsv(String csv) {
        return as(supervisor, () -> imports.run(ImportMode.VALID_ONLY,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "attendance.csv"));
    }

    private long rows(long userId) {
        return jdbc.sql("select count(*) from attendance_record where user_id = :u").param("u", userId)
                .query(Long.class).single();
    }

    private long version(long userId) {
        return jdbc.sql("select version from attendance_record where user_id = :u").param("u", userId)
                .query(Long.class).single();
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_entry where actor = :a").param("a", supervisor.getUsername())
                .query(Long.class).single();
    }
}
