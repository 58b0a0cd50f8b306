package csms.visit.report;

import csms.customer.CustomerArchive;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small known set of return visits of one team in March and April 2024 (organisation zone Asia/Shanghai), and one
 * in May outside the period, inserted with SQL:
 * <pre>
 * v1 agent A  SERVICE   done 03-05 satisfied    scores 5 5 4                  (served 03-04, due 03-07: in time)
 * v2 agent A  SERVICE   done 03-20 average      scores 3 4 3, "等待时间太长", note, follow-up (served 03-10: late)
 * v3 agent B  COMPLAINT done 04-02 unsatisfied  scores 1 2 1, note, follow-up
 * v4 agent B  SERVICE   done 04-10 satisfied    scores 4 5 5                  (served 04-08: in time)
 * v5 agent A  SERVICE   not reached, planned 04-15                           (served 04-13)
 * v6 agent B  SERVICE   planned 04-20                                         (served 04-18)
 * v7 agent A  SERVICE   done 05-10 satisfied (outside the period)
 * </pre>
 */
final class VisitReportDataSet {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] QUESTIONS = { "准确性：我们的答复是否准确？", "及时性：我们的处理是否及时？",
            "服务态度：您对服务态度是否满意？", "其他不满意之处", "您的建议" };

    /** Ids of customers that do not exist (no grade known). */
    private static final long UNKNOWN_CUSTOMER = -1_000L;

    private final JdbcClient jdbc;

    VisitReportDataSet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the visits; {@code gradedCustomer} (a real, graded customer) is the customer of v1. */
    void insert(long team, long agentA, long agentB, long gradedCustomer) {
        long v1 = visit(team, agentA, gradedCustomer, "王伟", "SERVICE", "2024-03-04T09:00", "2024-03-05T09:30", "2024-03-05T10:00",
                "DONE", "REACHED", "SATISFIED", null, null);
        answers(v1, 5, 5, 4, null);
        long v2 = visit(team, agentA, "李娜", "SERVICE", "2024-03-10T09:00", "2024-03-19T09:30", "2024-03-20T10:00",
                "DONE", "REACHED", "AVERAGE", "客户希望加快处理", 990_001L);
        answers(v2, 3, 4, 3, "等待时间太长");
        long v3 = visit(team, agentB, "张敏", "COMPLAINT_FOLLOW_UP", null, "2024-04-01T09:30", "2024-04-02T10:00",
                "DONE", "REACHED", "UNSATISFIED", "报告出错两次，很不满意", 990_002L);
        answers(v3, 1, 2, 1, null);
        long v4 = visit(team, agentB, "刘洋", "SERVICE", "2024-04-08T09:00", "2024-04-09T09:30", "2024-04-10T10:00",
                "DONE", "REACHED", "SATISFIED", null, null);
        answers(v4, 4, 5, 5, null);
        visit(team, agentA, "陈静", "SERVICE", "2024-04-13T09:00", "2024-04-15T09:30", null, "NOT_REACHED",
                "NOT_REACHED", null, null, null);
        visit(team, agentB, "杨帆", "SERVICE", "2024-04-18T09:00", "2024-04-20T09:30", null, "PLANNED", null, null,
                null, null);
        long v7 = visit(team, agentA, "赵军", "SERVICE", "2024-05-08T09:00", "2024-05-09T09:30", "2024-05-10T10:00",
                "DONE", "REACHED", "SATISFIED", null, null);
        answers(v7, 5, 5, 5, null);
    }

    private long visit(long team, long agent, String customer, String kind, String served, String planned,
            String visited, String status, String outcome, String satisfaction, String note, Long followUp) {
        return visit(team, agent, UNKNOWN_CUSTOMER - Math.abs(customer.hashCode() % 1000), customer, kind, served,
                planned, visited, status, outcome, satisfaction, note, followUp);
    }

    private long visit(long team, long agent, long customerId, String customer, String kind, String served,
            String planned, String visited, String status, String outcome, String satisfaction, String note, Long followUp) {
        OffsetDateTime plannedAt = at(planned);
        OffsetDateTime servedAt = served == null ? null : at(served);
        OffsetDateTime due = (servedAt == null ? plannedAt : servedAt).plusDays(3);
        jdbc.sql("""
                insert into return_visit (customer_id, customer_name, kind, source_request_id, round,
                    source_completed_at, agent_id, department_id, planned_at, due_by, status, attempts, outcome,
                    satisfaction, note, visited_at, follow_request_id, created_at)
                values (:customer, :name, :kind, null, 1, :served, :agent, :team, :planned, :due, :status, 1,
                    :outcome, :satisfaction, :note, :visited, :followUp, :planned)
                """)
                .param("customer", customerId).param("name", customer)
                .param("kind", kind).param("served", servedAt).param("agent", agent).param("team", team)
                .param("planned", plannedAt).param("due", due).param("status", status).param("outcome", outcome)
                .param("satisfaction", satisfaction).param("note", note)
                .param("visited", visited == null ? null : at(visited)).param("followUp", followUp)
                .update();
        return jdbc.sql("select max(id) from return_visit where department_id = :team").param("team", team)
                .query(Long.class).single();
    }

    /** A company with large sales and a high potential: the archive grades it. */
    static long gradedCustomer(CustomerArchive archive, SignedInUser as) {
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        NewCustomer c = new NewCustomer(CustomerKind.ORGANISATION, "王伟", Salutation.MR, "广州检测仪器有限公司", null,
                "广州市天河区体育西路1号", null, CustomerSource.PHONE, null, null,
                List.of(new PhoneEntry(mobile, "手机")), List.of(), new BigDecimal("50000000"), 5, true, false, false,
                false, null);
        return Fixtures.as(as, () -> archive.register(c)).id();
    }

    private void answers(long visit, int accuracy, int timeliness, int attitude, String other) {
        int[] scores = { accuracy, timeliness, attitude };
        for (int i = 0; i < 3; i++) {
            answer(visit, i + 1, scores[i], null);
        }
        answer(visit, 4, null, other);
        answer(visit, 5, null, null);
    }

    private void answer(long visit, int position, Integer score, String text) {
        jdbc.sql("insert into return_visit_answer (visit_id, position, question, score, answer_text)"
                + " values (:visit, :position, :question, :score, :text)")
                .param("visit", visit).param("position", position).param("question", QUESTIONS[position - 1])
                .param("score", score).param("text", text).update();
    }

    private static OffsetDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toOffsetDateTime();
    }
}
