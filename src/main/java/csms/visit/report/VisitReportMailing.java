package csms.visit.report;

import csms.audit.AuditTrail;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.mail.MailMessage;
import csms.system.mail.OutboundMail;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a visit report by e-mail (RPT-3: "sent to the departments concerned and the general manager"): the
 * supervisor picks among the departments' supervisors and the general managers who have an e-mail address; the
 * report goes as an attachment after the commit, and the sending is audited with the recipients.
 */
@Service
public class VisitReportMailing {

    public static final String SUBJECT = "VisitReport";

    private final Departments departments;
    private final UserAccounts users;
    private final OutboundMail mail;
    private final AuditTrail audit;

    VisitReportMailing(Departments departments, UserAccounts users, OutboundMail mail, AuditTrail audit) {
        this.departments = departments;
        this.users = users;
        this.mail = mail;
        this.audit = audit;
    }

    /** The people a report may be sent to, departments' supervisors first, then the general managers. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<ReportRecipient> recipients() {
        Map<Long, ReportRecipient> out = new LinkedHashMap<>();
        List<Department> all = departments.all();
        Map<Long, UserAccount> supervisors = users.byIds(all.stream().map(Department::getSupervisorId)
                .filter(java.util.Objects::nonNull).toList());
        for (Department d : all) {
            UserAccount u = d.getSupervisorId() == null ? null : supervisors.get(d.getSupervisorId());
            if (u != null && u.getEmail() != null && u.isEnabled()) {
                out.putIfAbsent(u.getId(), recipient(u, d.getName()));
            }
        }
        for (UserAccount u : users.activeWithAnyRole(Set.of(Role.GENERAL_MANAGER))) {
            if (u.getEmail() != null) {
                out.putIfAbsent(u.getId(), recipient(u, null));
            }
        }
        return List.copyOf(out.values());
    }

    /** The report as mailed in one language: subject, text and the PDF. */
    public record ReportLetter(String subject, String text, MailMessage.MailAttachment report) {
    }

    private static ReportRecipient recipient(UserAccount u, String department) {
        return new ReportRecipient(u.getId(), u.getDisplayName(), u.getEmail(), department,
                Locale.forLanguageTag(u.getLocale() == null ? "zh-CN" : u.getLocale()));
    }

    /**
     * Mails the report to the chosen recipients (none, or anyone not offered by {@link #recipients()} → 422), one
     * message per language the recipients read, written by {@code letterIn}; records {@code visitreport.mailed}.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<ReportRecipient> send(Collection<Long> recipientIds, Function<Locale, ReportLetter> letterIn) {
        if (recipientIds == null || recipientIds.isEmpty()) {
            throw RuleViolation.onField("recipients", "visitreport.mail.no-recipient");
        }
        Map<Long, ReportRecipient> offered = new LinkedHashMap<>();
        recipients().forEach(r -> offered.put(r.userId(), r));
        List<ReportRecipient> chosen = new ArrayList<>();
        for (Long id : Set.copyOf(recipientIds)) {
            ReportRecipient r = offered.get(id);
            if (r == null) {
                throw RuleViolation.onField("recipients", "visitreport.mail.not-offered");
            }
            chosen.add(r);
        }
        Map<Locale, List<ReportRecipient>> byLanguage = chosen.stream().collect(Collectors.groupingBy(
                ReportRecipient::locale, LinkedHashMap::new, Collectors.toList()));
        List<String> files = new ArrayList<>();
        byLanguage.forEach((locale, readers) -> {
            ReportLetter letter = letterIn.apply(locale);
            files.add(letter.report().fileName());
            mail.send(new MailMessage(readers.stream().map(ReportRecipient::email).toList(), letter.subject(),
                    letter.text(), List.of(letter.report())));
        });
        audit.record("visitreport.mailed", SUBJECT, null, String.join(", ", files) + " → "
                + String.join(", ", chosen.stream().map(ReportRecipient::name).toList()), null);
        return chosen;
    }
}
