package csms.audit;

import csms.audit.internal.AuditEntryRepository;
import csms.shared.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records actions in the append-only trail and lets entitled users browse it. Recording joins the caller's
 * transaction, so an action and its entry commit or roll back together.
 */
@Service
public class AuditTrail {

    public static final String SYSTEM_ACTOR = "system";
    private static final Set<String> SORTS = Set.of("occurredAt");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt", "id");

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or "system") on a subject. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, String summary, Changes changes) {
        recordAs(currentActor(), action, subjectType, subjectId, summary, changes);
    }

    /** Records an action outside a business transaction, e.g. a sign-in or a failed sign-in. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(String actor, String action, String summary) {
        recordAs(actor, action, null, null, summary, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String subjectType, Object subjectId, String summary,
            Changes changes) {
        entries.save(new AuditEntry(Instant.now(clock), truncate(actor, 100), action, subjectType,
                subjectId == null ? null : String.valueOf(subjectId), truncate(summary, 500),
                changes == null ? null : truncate(changes.render(), 20000), remoteAddress()));
    }

    /** Entries matching the query, newest first unless the pageable says otherwise. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> find(AuditQuery query, Pageable pageable) {
        return entries.search(blank(query.actor()), blank(query.action()), blank(query.subjectType()),
                blank(query.subjectId()), query.from(), query.to(), pageable);
    }

    /** A bounded page of matching entries, newest first (the only other order is oldest first). */
    @Transactional(readOnly = true)
    public Page<AuditEntry> browse(AuditQuery query, PageQuery page) {
        return find(query, page.toPageable(SORTS, NEWEST_FIRST));
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM_ACTOR : auth.getName();
    }

    private static String remoteAddress() {
        RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
        if (attrs instanceof ServletRequestAttributes sra) {
            return sra.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
