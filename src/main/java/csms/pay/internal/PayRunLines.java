package csms.pay.internal;

import csms.pay.PayComponent;
import csms.pay.PayComponentKind;
import csms.pay.PayLine;
import csms.shared.Money;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * A pay run's lines and components in plain SQL: written once when the run is computed (components in one batch),
 * read a page of lines at a time with their components in one more query.
 */
@Repository
public class PayRunLines {

    /** Separates the basis arguments of a component in its column. */
    private static final String SEP = "\u001f";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    PayRunLines(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    public void write(long runId, List<PayLine> lines) {
        List<Object[]> components = new ArrayList<>();
        for (PayLine line : lines) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                PreparedStatement ps = c.prepareStatement("insert into pay_run_line (run_id, user_id, department_id,"
                        + " trial, total) values (?, ?, ?, ?, ?)", new String[] { "id" });
                ps.setLong(1, runId);
                ps.setLong(2, line.userId());
                ps.setObject(3, line.departmentId());
                ps.setBoolean(4, line.trial());
                ps.setBigDecimal(5, line.total().amount());
                return ps;
            }, key);
            long lineId = key.getKey().longValue();
            int position = 0;
            for (PayComponent c : line.components()) {
                List<String> basis = new ArrayList<>();
                basis.add(c.basisKey());
                basis.addAll(c.basis());
                components.add(new Object[] { lineId, position++, c.kind().name(), c.amount().amount(),
                        String.join(SEP, basis) });
            }
        }
        jdbc.batchUpdate("insert into pay_run_component (line_id, position, kind, amount, basis) values (?, ?, ?, ?, ?)",
                components);
    }

    /** The run's lines for the given users (all when {@code userIds} is null), by user id, with their components. */
    public List<PayLine> read(long runId, Collection<Long> userIds, int limit, long offset) {
        String where = userIds == null ? "" : userIds.isEmpty() ? " and 1 = 0" : " and l.user_id in (:users)";
        JdbcClient.StatementSpec spec = client.sql("select l.id, l.user_id, l.department_id, l.trial from pay_run_line l"
                + " where l.run_id = :run" + where + " order by l.user_id limit :limit offset :offset")
                .param("run", runId).param("limit", limit).param("offset", offset);
        if (userIds != null && !userIds.isEmpty()) {
            spec = spec.param("users", userIds);
        }
        Map<Long, Object[]> lines = new LinkedHashMap<>();
        spec.query(rs -> {
            lines.put(rs.getLong(1), new Object[] { rs.getLong(2), rs.getObject(3, Long.class), rs.getBoolean(4) });
        });
        if (lines.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PayComponent>> components = new LinkedHashMap<>();
        client.sql("select line_id, kind, amount, basis from pay_run_component where line_id in (:ids)"
                + " order by line_id, position").param("ids", lines.keySet()).query(rs -> {
                    List<String> basis = Arrays.asList(rs.getString(4).split(SEP, -1));
                    components.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PayComponent(
                            PayComponentKind.valueOf(rs.getString(2)), new Money(rs.getBigDecimal(3)),
                            basis.getFirst(), basis.subList(1, basis.size())));
                });
        List<PayLine> out = new ArrayList<>();
        lines.forEach((id, l) -> out.add(new PayLine((Long) l[0], (Long) l[1], (Boolean) l[2],
                components.getOrDefault(id, List.of()))));
        return out;
    }

    public long count(long runId) {
        return client.sql("select count(*) from pay_run_line where run_id = :run").param("run", runId)
                .query(Long.class).single();
    }

    public BigDecimal total(long runId) {
        return client.sql("select coalesce(sum(total), 0) from pay_run_line where run_id = :run").param("run", runId)
                .query(BigDecimal.class).single();
    }
}
