package csms.workforce;

import static csms.workforce.Leaves.SORTS;
import static csms.workforce.Leaves.SUBJECT;
import static csms.workforce.Leaves.describe;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.SignedInUser;
import csms.identity.UserAccounts;
import csms.shared.ConflictException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.workforce.internal.LeaveRequestRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on leave applications (WFM-1): the decider's queue, approving or rejecting, and every decision filed with
 * HR (人事行政部备案). Up to the supervisor's limit the applicant's department supervisor decides, above it a general
 * manager, nobody their own leave; two deciders at once: one decision, the other gets a conflict (409). Audited.
 */
@Service
public class LeaveDecisions {

    private final Leaves leaves;
    private final LeaveRequestRepository requests;
    private final UserAccounts users;
    private final AuditTrail audit;
    private final Clock clock;
    private final LeaveNotices notices;

    LeaveDecisions(Leaves leaves, LeaveRequestRepository requests, UserAccounts users, AuditTrail audit, Clock clock,
            LeaveNotices notices) {
        this.notices = notices;
        this.leaves = leaves;
        this.requests = requests;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Approves or rejects a pending application against the version seen; never one's own. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public LeaveRequest decide(long id, boolean approve, String note, long version) {
        SignedInUser me = SignedInUser.current();
        LeaveRequest leave = leaves.get(id);
        if (leave.getApplicantId() == me.id()) {
            throw new RuleViolation("leave.own-leave");
        }
        if (!mayDecide(me, leave)) {
            throw new AccessDeniedException("not the decider of leave " + id);
        }
        ConflictException.requireVersion(version, leave.getVersion(), SUBJECT, id);
        if (leave.getStatus() != LeaveStatus.PENDING) {
            throw new ConflictException("leave.already-decided");
        }
        if (note != null && note.length() > 500) {
            throw RuleViolation.onField("note", "leave.text-too-long", 500);
        }
        leave.decide(approve, me.id(), note, Instant.now(clock));
        try {
            requests.saveAndFlush(leave);
        } catch (OptimisticLockingFailureException e) {
            throw ConflictException.staleVersion(SUBJECT, id);
        }
        audit.record(approve ? "leave.approved" : "leave.rejected", SUBJECT, id,
                users.get(leave.getApplicantId()).getDisplayName() + " " + describe(leave),
                Changes.none().field("status", LeaveStatus.PENDING, leave.getStatus())
                        .field("note", null, leave.getDecisionNote()));
        notices.decided(leave);
        return leave;
    }

    /** The pending applications the signed-in user decides, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public Page<LeaveRow> queue(PageQuery page) {
        SignedInUser me = SignedInUser.current();
        Page<LeaveRequest> found = requests.queue(me.id(), me.hasAtLeast(Role.GENERAL_MANAGER),
                page.toPageable(SORTS, Sort.by("createdAt").and(Sort.by("id"))));
        return new PageImpl<>(leaves.rows(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    /** Every decision filed (HR 备案), filtered; most recent decision first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'GENERAL_MANAGER')")
    public Page<LeaveRow> decisions(LeaveFilter filter, PageQuery page) {
        return decisions(filter, page.toPageable(SORTS, Sort.by(Sort.Direction.DESC, "decidedAt").and(Sort.by("id"))));
    }

    /** A slice of the decisions in a fixed order, for the export. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('HR', 'GENERAL_MANAGER')")
    public Slice<LeaveRow> decisionSlice(LeaveFilter filter, Pageable pageable) {
        return decisions(filter, pageable);
    }

    private Page<LeaveRow> decisions(LeaveFilter filter, Pageable pageable) {
        Page<LeaveRequest> found = requests.decided(filter.status(), filter.departmentId(), filter.type(),
                filter.level(), filter.fromOrEarliest(), filter.toOrLatest(), pageable);
        return new PageImpl<>(leaves.rows(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    /** True when the user decides this application: its named supervisor or a general manager, never the applicant. */
    public static boolean mayDecide(SignedInUser user, LeaveRequest leave) {
        if (leave.getApplicantId() == user.id()) {
            return false;
        }
        return leave.getApproverLevel() == ApproverLevel.SUPERVISOR
                ? Objects.equals(leave.getApproverId(), user.id())
                : user.hasAtLeast(Role.GENERAL_MANAGER);
    }
}
