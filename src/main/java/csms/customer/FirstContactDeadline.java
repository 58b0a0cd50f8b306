package csms.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * The first-contact duty that comes with an assignment (CUS-5): assigned at, due by, met at, and when a breach
 * was noticed. Immutable: each step returns the next state.
 */
@Embeddable
public class FirstContactDeadline {

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "first_contact_due_at")
    private Instant dueAt;

    @Column(name = "first_contacted_at")
    private Instant contactedAt;

    @Column(name = "first_contact_overdue_at")
    private Instant overdueNoticedAt;

    protected FirstContactDeadline() {
    }

    private FirstContactDeadline(Instant assignedAt, Instant dueAt, Instant contactedAt, Instant overdueNoticedAt) {
        this.assignedAt = assignedAt;
        this.dueAt = dueAt;
        this.contactedAt = contactedAt;
        this.overdueNoticedAt = overdueNoticedAt;
    }

    /** A new duty starting now, due within the given period. */
    static FirstContactDeadline startingAt(Instant now, Duration within) {
        return new FirstContactDeadline(now, now.plus(within), null, null);
    }

    /** No assignment, no duty. */
    static FirstContactDeadline none() {
        return new FirstContactDeadline();
    }

    /** A contact at this time meets the duty if it is the first one since the assignment. */
    FirstContactDeadline metBy(Instant contact) {
        if (contactedAt != null || assignedAt == null || contact.isBefore(assignedAt)) {
            return this;
        }
        return new FirstContactDeadline(assignedAt, dueAt, contact, overdueNoticedAt);
    }

    /** The breach noticed now (once); the same state if it is not overdue or was noticed before. */
    FirstContactDeadline breachNoticedAt(Instant now) {
        return isOverdue(now) && overdueNoticedAt == null ? new FirstContactDeadline(assignedAt, dueAt, contactedAt, now) : this;
    }

    public boolean isPending() {
        return dueAt != null && contactedAt == null;
    }

    public boolean isOverdue(Instant now) {
        return isPending() && now.isAfter(dueAt);
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant contactedAt() {
        return contactedAt;
    }

    public Instant overdueNoticedAt() {
        return overdueNoticedAt;
    }
}
