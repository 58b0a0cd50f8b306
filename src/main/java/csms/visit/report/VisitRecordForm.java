package csms.visit.report;

import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.system.OrganisationSettings;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The return-visit record form 回访记录表 (VIS-6) a page at a time, for a streamed export: the visits planned or
 * made in the period (the visit time, else the planned time) with their answers, three queries per page.
 */
@Service
public class VisitRecordForm {

    /** The only order of the form: by visit (or planned) time, then id — stable for paging. */
    public static final Sort ORDER = Sort.by("time", "id");

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final OrganisationSettings organisation;

    VisitRecordForm(JdbcClient jdbc, UserAccounts users, OrganisationSettings organisation) {
        this.jdbc = jdbc;
        this.users = users;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Slice<VisitRecordRow> page(VisitReportQuery q, Pageable page) {
        ReportScope scope = ReportScope.of(q, "coalesce(v.visited_at, v.planned_at)", organisation.zone());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("limit", page.getPageSize() + 1);
        params.put("offset", page.getOffset());
        List<Map<String, Object>> visits = jdbc.sql("""
                select v.id, v.customer_name, v.kind, v.source_request_id, v.agent_id, v.planned_at, v.visited_at,
                       v.status, v.outcome, v.satisfaction, v.note
                from return_visit v where\s""" + scope.where()
                + " order by coalesce(v.visited_at, v.planned_at), v.id limit :limit offset :offset")
                .params(params)
                .query((rs, i) -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("id", rs.getLong("id"));
                    m.put("customer", rs.getString("customer_name"));
                    m.put("kind", rs.getString("kind"));
                    m.put("source", rs.getObject("source_request_id", Long.class));
                    m.put("agent", rs.getObject("agent_id", Long.class));
                    m.put("planned", instant(rs.getObject("planned_at", OffsetDateTime.class)));
                    m.put("visited", instant(rs.getObject("visited_at", OffsetDateTime.class)));
                    m.put("status", rs.getString("status"));
                    m.put("outcome", rs.getString("outcome"));
                    m.put("satisfaction", rs.getString("satisfaction"));
                    m.put("note", rs.getString("note"));
                    return m;
                }).list();
        boolean more = visits.size() > page.getPageSize();
        List<Map<String, Object>> shown = more ? visits.subList(0, page.getPageSize()) : visits;
        Map<Long, List<String>> answers = answers(shown.stream().map(m -> (Long) m.get("id")).toList());
        Map<Long, UserAccount> agents = users.byIds(shown.stream().map(m -> (Long) m.get("agent"))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<VisitRecordRow> rows = shown.stream().map(m -> new VisitRecordRow((Long) m.get("id"),
                (String) m.get("customer"), (String) m.get("kind"), (Long) m.get("source"),
                Optional.ofNullable((Long) m.get("agent")).map(agents::get).map(UserAccount::getDisplayName)
                        .orElse(null), (Instant) m.get("planned"), (Instant) m.get("visited"),
                (String) m.get("status"), (String) m.get("outcome"), (String) m.get("satisfaction"),
                answers.getOrDefault((Long) m.get("id"), List.of()), (String) m.get("note"))).toList();
        return new SliceImpl<>(rows, page, more);
    }

    /** Each visit's answers as "question: score or text", in the questionnaire's order. */
    private Map<Long, List<String>> answers(List<Long> visitIds) {
        Map<Long, List<String>> out = new HashMap<>();
        if (visitIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select visit_id, question, score, answer_text from return_visit_answer where visit_id in (:ids)"
                + " order by visit_id, position").param("ids", visitIds).query(rs -> {
                    Object score = rs.getObject("score");
                    String answer = score != null ? String.valueOf(score) : rs.getString("answer_text");
                    out.computeIfAbsent(rs.getLong("visit_id"), k -> new ArrayList<>())
                            .add(rs.getString("question") + ": " + (answer == null ? "" : answer));
                });
        return out;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
