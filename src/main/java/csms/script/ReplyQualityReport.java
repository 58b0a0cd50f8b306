package csms.script;

import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.script.internal.ReplyCheckRecordRepository;
import csms.shared.Role;
import csms.shared.RuleViolation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply-quality QA report (SCR-13): per agent, the replies and e-mails sent to customers in a period, how many
 * had findings, and the findings per category. A supervisor sees the agents of their team, managers everyone.
 */
@Service
public class ReplyQualityReport {

    /** The longest period one report covers, in days. */
    public static final int MAX_DAYS = 366;

    private final ReplyCheckRecordRepository records;
    private final UserAccounts users;

    ReplyQualityReport(ReplyCheckRecordRepository records, UserAccounts users) {
        this.records = records;
        this.users = users;
    }

    /** The lines for the period {@code from}…{@code to} (both included), by agent name; 422 for a bad period. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<AgentReplyQuality> report(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.onField("to", "script.report.period");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw RuleViolation.onField("to", "script.report.period-too-long", MAX_DAYS);
        }
        Set<Long> visible = visibleAgents();
        Map<Long, long[]> replies = new HashMap<>();
        for (Object[] row : records.repliesPerAgent(from, to)) {
            long agent = ((Number) row[0]).longValue();
            if (visible == null || visible.contains(agent)) {
                replies.put(agent, new long[] { ((Number) row[1]).longValue(), ((Number) row[2]).longValue() });
            }
        }
        Map<Long, Map<PhraseCategory, Long>> findings = new HashMap<>();
        for (Object[] row : records.findingsPerAgentAndCategory(from, to)) {
            long agent = ((Number) row[0]).longValue();
            if (replies.containsKey(agent)) {
                findings.computeIfAbsent(agent, a -> new EnumMap<>(PhraseCategory.class))
                        .put((PhraseCategory) row[1], ((Number) row[2]).longValue());
            }
        }
        Map<Long, UserAccount> accounts = users.byIds(replies.keySet());
        List<AgentReplyQuality> lines = new ArrayList<>();
        replies.forEach((agent, counts) -> {
            UserAccount a = accounts.get(agent);
            lines.add(new AgentReplyQuality(agent, a == null ? null : a.getDisplayName(),
                    a == null ? null : a.getAgentNumber(), counts[0], counts[1], findings.getOrDefault(agent, Map.of())));
        });
        lines.sort(Comparator.comparing(AgentReplyQuality::agentName, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AgentReplyQuality::agentId));
        return lines;
    }

    /** The agents the signed-in user may see (null: everyone). */
    private Set<Long> visibleAgents() {
        SignedInUser me = SignedInUser.current();
        if (me == null || me.hasAtLeast(Role.DEPT_MANAGER)) {
            return me == null ? Set.of() : null;
        }
        return users.departmentMemberIds(me.departmentId());
    }
}
