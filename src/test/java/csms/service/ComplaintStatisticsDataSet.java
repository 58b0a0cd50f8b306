package csms.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A known data set for the complaint classification statistics, inserted with SQL: six complaints of one team in
 * March and April 2024 with their step times on working mornings (so the business hours are exact), one of them of
 * a confidential customer of another team. A supervisor of the team sees five: 2 closed, 1 crisis, 3 justified,
 * 1 unjustified, compensation 200.00; categories PROCESS 2, UNCLASSIFIED 2, RESULT_DOUBT 1; channels PHONE 3,
 * EMAIL 1, CHAT 1; severities GENERAL 4, MAJOR 1; judgement 7 h over 4, investigation 2 h over 2.
 */
public final class ComplaintStatisticsDataSet {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate FROM = LocalDate.of(2024, 3, 1);
    public static final LocalDate TO = LocalDate.of(2024, 4, 30);

    private final JdbcClient jdbc;

    public ComplaintStatisticsDataSet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the six complaints for {@code team}; the confidential one is restricted to {@code otherTeam}. */
    public void insert(long team, long otherTeam) {
        // received Monday 2024-03-04 09:30; judged 10:30 (1 h), investigated 11:30 (1 h), closed
        complaint("PHONE", "GENERAL", false, "CLOSED", "PROCESS", "SERVICE", true, team, null, "2024-03-04T09:30",
                "2024-03-04T10:30", "2024-03-04T11:30", "2024-03-05T09:30", "2024-03-05T10:00", "2024-03-05T11:00",
                "2024-03-06T09:00", "2024-03-06T10:00", "150.00");
        // judged after 3 h, then waiting for the investigation
        complaint("PHONE", "MAJOR", true, "INVESTIGATION", null, null, true, team, null, "2024-03-11T09:00",
                "2024-03-11T12:00", null, null, null, null, null, null, null);
        // unjustified, judged after 2 h, summarised
        complaint("EMAIL", "GENERAL", false, "FOLLOW_UP", "RESULT_DOUBT", null, false, team, null,
                "2024-03-12T09:00", "2024-03-12T11:00", null, null, null, null, "2024-03-12T11:30", null, null);
        complaint("CHAT", "GENERAL", false, "JUDGEMENT", null, null, null, team, null, "2024-04-01T09:00", null,
                null, null, null, null, null, null, null);
        complaint("PHONE", "GENERAL", false, "CLOSED", "PROCESS", "QUALITY", true, team, null, "2024-04-02T09:00",
                "2024-04-02T10:00", "2024-04-02T11:00", "2024-04-03T09:00", "2024-04-03T09:30", "2024-04-03T10:00",
                "2024-04-03T11:00", "2024-04-08T09:00", "50.00");
        // a confidential customer of the other team: counted for managers only
        complaint("PHONE", "GENERAL", false, "JUDGEMENT", null, null, null, team, otherTeam, "2024-04-03T09:00",
                null, null, null, null, null, null, null, null);
    }

    private void complaint(String channel, String severity, boolean crisis, String stage, String category,
            String problemKind, Boolean justified, long department, Long restricted, String received, String judged,
            String investigated, String submitted, String approved, String implemented, String summarised,
            String followUp, String compensation) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into service_request (type, channel, customer_id, customer_name, customer_rank,
                  restricted_department_id, subject, priority, status, department_id, created_by_id, created_at,
                  updated_at, version)
                values ('COMPLAINT', :channel, 1, '统计客户', 0, :restricted, '统计样本', 'NORMAL', :status, :dept, 1,
                  :received, :received, 0)""")
                .param("channel", channel).param("restricted", restricted)
                .param("status", "CLOSED".equals(stage) ? "CLOSED" : "OPEN").param("dept", department)
                .param("received", at(received))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("""
                insert into complaint (request_id, severity, crisis, stage, complainant, received_at, content,
                  customer_wants, acknowledged_at, justified, judged_at, investigated_at, submitted_at, approved_at,
                  implemented_at, summarised_at, follow_up_at, category, problem_kind, compensation,
                  responsible_department_id, version)
                values (:id, :severity, :crisis, :stage, '统计', :received, '内容', '诉求', :received, :justified,
                  :judged, :investigated, :submitted, :approved, :implemented, :summarised, :followUp, :category,
                  :kind, :compensation, :dept, 0)""")
                .param("id", id).param("severity", severity).param("crisis", crisis).param("stage", stage)
                .param("received", at(received)).param("justified", justified).param("judged", at(judged))
                .param("investigated", at(investigated)).param("submitted", at(submitted))
                .param("approved", at(approved)).param("implemented", at(implemented))
                .param("summarised", at(summarised)).param("followUp", at(followUp)).param("category", category)
                .param("kind", problemKind)
                .param("compensation", compensation == null ? null : new BigDecimal(compensation))
                .param("dept", department).update();
    }

    private static OffsetDateTime at(String local) {
        return local == null ? null : LocalDateTime.parse(local).atZone(ZONE).toOffsetDateTime();
    }
}
