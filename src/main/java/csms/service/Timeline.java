package csms.service;

import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.service.internal.TimelineRepository;
import csms.shared.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Appends to and reads a request's timeline; every state change of a request writes a line. */
@Component
class Timeline {

    private final TimelineRepository entries;
    private final UserAccounts users;
    private final Clock clock;

    Timeline(TimelineRepository entries, UserAccounts users, Clock clock) {
        this.entries = entries;
        this.users = users;
        this.clock = clock;
    }

    void add(long requestId, Long actorId, TimelineKind kind, String text, String detail) {
        add(requestId, actorId, kind, true, text, detail);
    }

    void add(long requestId, Long actorId, TimelineKind kind, boolean internal, String text, String detail) {
        entries.save(new TimelineEntry(requestId, Instant.now(clock), actorId, kind, internal, text, detail));
    }

    /** The timeline newest first, with the actors' names looked up once per page. */
    Page<TimelineLine> read(long requestId, PageQuery page) {
        Page<TimelineEntry> found = entries.findByRequestId(requestId,
                page.toPageable(java.util.Set.of(), Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
        Map<Long, UserAccount> actors = users.byIds(found.getContent().stream().map(TimelineEntry::getActorId)
                .filter(Objects::nonNull).distinct().toList());
        return found.map(e -> new TimelineLine(e.getId(), e.getAt(), e.getKind(),
                e.getActorId() == null ? null : nameOf(actors.get(e.getActorId())), e.isInternal(), e.getText(),
                e.getDetail()));
    }

    private static String nameOf(UserAccount user) {
        return user == null ? null : user.getDisplayName();
    }
}
