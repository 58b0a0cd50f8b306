package csms.workforce;

import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.Role;
import csms.system.mail.MailMessage;
import csms.system.mail.OutboundMail;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Leave by mail (WFM-1): a new application is mailed to whoever decides it — the applicant's supervisor, or every
 * general manager — and the decision to the applicant, each in the recipient's language, after the change commits
 * (nothing is sent for a change that rolls back). People without an e-mail address are skipped; the pages show the
 * same queue and status.
 */
@Component
class LeaveNotices {

    private final OutboundMail mail;
    private final UserAccounts users;
    private final MessageSource messages;

    LeaveNotices(OutboundMail mail, UserAccounts users, MessageSource messages) {
        this.mail = mail;
        this.users = users;
        this.messages = messages;
    }

    void applied(LeaveRequest leave, String applicant) {
        List<UserAccount> deciders = leave.getApproverLevel() == ApproverLevel.SUPERVISOR
                ? List.of(users.get(leave.getApproverId()))
                : users.activeWithAnyRole(Set.of(Role.GENERAL_MANAGER));
        for (UserAccount u : deciders) {
            send(u, "leave.mail.applied", applicant, leave);
        }
    }

    void decided(LeaveRequest leave) {
        send(users.get(leave.getApplicantId()), leave.getStatus() == LeaveStatus.APPROVED ? "leave.mail.approved"
                : "leave.mail.rejected", null, leave);
    }

    private void send(UserAccount to, String key, String applicant, LeaveRequest leave) {
        if (to.getEmail() == null || to.getEmail().isBlank() || !to.isEnabled()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(to.getLocale() == null ? "zh-CN" : to.getLocale());
        Object[] args = { applicant, messages.getMessage("leave.type." + leave.getType(), null, locale),
                leave.getStartDate().toString(), messages.getMessage("leave.half.start." + leave.getStartHalf(), null,
                        locale),
                leave.getEndDate().toString(), messages.getMessage("leave.half.end." + leave.getEndHalf(), null, locale),
                leave.getWorkingDays().stripTrailingZeros().toPlainString(), leave.getReason(),
                leave.getDecisionNote() == null ? "" : leave.getDecisionNote() };
        mail.send(MailMessage.of(to.getEmail(), messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".text", args, locale)));
    }
}
