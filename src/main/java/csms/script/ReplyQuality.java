package csms.script;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.script.internal.ReplyCheckRecordRepository;
import csms.script.internal.ReplyPhraseRepository;
import csms.shared.ConflictException;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The written-reply quality check "三要、三不" (SCR-13, CMP-9) and its word lists, edited by supervisors and above
 * (version-checked, audited).
 *
 * <p>The check reads the lists from memory: they are loaded once and reloaded after an edit on this node commits,
 * and at the latest {@link #REFRESH} after the last load, so that on several nodes an edit made on another node
 * takes effect within that time.
 */
@Service
public class ReplyQuality {

    public static final String SUBJECT = "ReplyPhrase";
    /** How long a node trusts its copy of the lists (edits on other nodes are seen after at most this long). */
    public static final Duration REFRESH = Duration.ofSeconds(60);
    private static final Map<String, String> SORTS = Map.of("phrase", "phrase", "category", "category",
            "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("category", "phrase", "id");

    private record Loaded(ReplyStandard standard, Instant at) {
    }

    private final AtomicLong edits = new AtomicLong();

    private final ReplyPhraseRepository phrases;
    private final ReplyCheckRecordRepository records;
    private final OrganisationSettings organisation;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile Loaded loaded;

    ReplyQuality(ReplyPhraseRepository phrases, ReplyCheckRecordRepository records, OrganisationSettings organisation,
            AuditTrail audit, Clock clock) {
        this.phrases = phrases;
        this.records = records;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks a written reply; {@code closing} when it ends the conversation (it must then end with 再见). */
    public ReplyCheck check(String text, boolean closing) {
        return standard().check(text, closing);
    }

    /**
     * Checks a reply the agent has sent to a customer and counts its findings for the QA report (SCR-13), on the
     * organisation's calendar day of {@code sentAt}; part of the caller's transaction, so a reply that is not saved
     * is not counted. Internal notes must not be passed here.
     */
    @Transactional
    public ReplyCheck record(long agentId, String text, boolean closing, Instant sentAt) {
        ReplyCheck check = check(text, closing);
        records.save(new ReplyCheckRecord(agentId, LocalDate.ofInstant(sentAt, organisation.zone()), sentAt, check));
        return check;
    }

    /** The standard as currently configured (cached, see the class comment). */
    ReplyStandard standard() {
        Loaded current = loaded;
        Instant now = Instant.now(clock);
        if (current == null || current.at().plus(REFRESH).isBefore(now)) {
            long seen = edits.get();
            current = new Loaded(new ReplyStandard(phrases.findAll().stream().map(ReplyPhrase::asStandardPhrase)
                    .toList()), now);
            // An edit committed while loading may be missing from this copy: use it once, but do not keep it.
            if (edits.get() == seen) {
                loaded = current;
            }
        }
        return current.standard();
    }

    /** A page of the lists: phrases (or suggestions) containing {@code q}, of one category or all. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Page<ReplyPhrase> phrases(String q, PhraseCategory category, PageQuery page) {
        var categories = category == null ? EnumSet.allOf(PhraseCategory.class) : EnumSet.of(category);
        return phrases.search(LikePattern.contains(q), categories, page.toPageable(SORTS, DEFAULT_SORT));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public ReplyPhrase get(long id) {
        return phrases.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    }

    /** Adds a phrase; the wording must not be on the lists already (422 on {@code phrase}). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ReplyPhrase add(PhraseDefinition d) {
        requireFree(d.phrase(), null);
        ReplyPhrase p = phrases.saveAndFlush(new ReplyPhrase(d.phrase(), d.category(), d.suggestion(), Editor.name(),
                Instant.now(clock)));
        audit.record("reply-phrase.added", SUBJECT, p.getId(), p.getPhrase(), changes(null, p.asStandardPhrase()));
        reloadAfterCommit();
        return p;
    }

    /** Changes a phrase against the version the user saw (stale → 409, no version → 422). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ReplyPhrase revise(long id, PhraseDefinition d) {
        ReplyPhrase p = get(id);
        if (d.version() == null) {
            throw RuleViolation.onField("version", "validation.version");
        }
        ConflictException.requireVersion(d.version(), p.getVersion(), SUBJECT, id);
        requireFree(d.phrase(), id);
        ReplyStandard.Phrase before = p.asStandardPhrase();
        p.revise(d.phrase(), d.category(), d.suggestion(), Editor.name(), Instant.now(clock));
        Changes changes = changes(before, p.asStandardPhrase());
        if (!changes.isEmpty()) {
            phrases.saveAndFlush(p);
            audit.record("reply-phrase.revised", SUBJECT, id, p.getPhrase(), changes);
            reloadAfterCommit();
        }
        return p;
    }

    /** Removes a phrase from the lists against the version the user saw (stale → 409). */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public void remove(long id, long version) {
        ReplyPhrase p = get(id);
        ConflictException.requireVersion(version, p.getVersion(), SUBJECT, id);
        phrases.delete(p);
        phrases.flush();
        audit.record("reply-phrase.removed", SUBJECT, id, p.getPhrase(), changes(p.asStandardPhrase(), null));
        reloadAfterCommit();
    }

    private void requireFree(String phrase, Long self) {
        if (phrase == null || phrase.isBlank()) {
            throw RuleViolation.onField("phrase", "script.phrase.required");
        }
        phrases.findByPhrase(phrase.strip()).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw RuleViolation.onField("phrase", "script.phrase.taken", other.getPhrase());
        });
    }

    /** This node reloads the lists on its next check once the edit is committed (not before: it might roll back). */
    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                edits.incrementAndGet();
                loaded = null;
            }
        });
    }

    private static Changes changes(ReplyStandard.Phrase before, ReplyStandard.Phrase after) {
        return Changes.none()
                .field("phrase", before == null ? null : before.text(), after == null ? null : after.text())
                .field("category", before == null ? null : before.category(), after == null ? null : after.category())
                .field("suggestion", before == null ? null : before.suggestion(),
                        after == null ? null : after.suggestion());
    }
}
