package csms.service;

import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.service.internal.AlertRepository;
import csms.service.internal.ServiceRequestRepository;
import csms.shared.NotFoundException;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.system.mail.MailMessage;
import csms.system.mail.OutboundMail;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app alerts (CMP-8, SVC-6, SVC-8): a missed deadline and an escalation go to the supervisor of the request's
 * team, an overdue promise to its agent and their supervisor, a crisis event at once to every department manager,
 * general manager and director. Raised in the transaction of the event, so an alert is never lost or doubled.
 * A crisis (declared, or a crisis complaint's missed deadline) also goes by e-mail at once to those managers who have
 * an address, in their language, after the commit.
 */
@Service
public class ServiceAlerts {

    private static final Set<Role> MANAGERS = EnumSet.of(Role.DEPT_MANAGER, Role.GENERAL_MANAGER, Role.DIRECTOR);

    private final AlertRepository alerts;
    private final ServiceRequestRepository requests;
    private final RequestLookup lookup;
    private final UserAccounts users;
    private final Departments departments;
    private final Clock clock;
    private final OutboundMail mail;
    private final MessageSource messages;
    private final String publicUrl;

    ServiceAlerts(AlertRepository alerts, ServiceRequestRepository requests, RequestLookup lookup, UserAccounts users,
            Departments departments, Clock clock, OutboundMail mail, MessageSource messages,
            @Value("${csms.public-url:http://localhost:8080}") String publicUrl) {
        this.mail = mail;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.alerts = alerts;
        this.requests = requests;
        this.lookup = lookup;
        this.users = users;
        this.departments = departments;
        this.clock = clock;
    }

    /** The signed-in user's unread alerts. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return alerts.countByUserIdAndReadAtIsNull(lookup.me().id());
    }

    /** The signed-in user's alerts, newest first. */
    @Transactional(readOnly = true)
    public Page<AlertView> mine(PageQuery page) {
        Page<Alert> found = alerts.findByUserId(lookup.me().id(),
                page.toPageable(Set.of("createdAt"), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        Map<Long, ServiceRequest> subjects = requests.findAllById(found.getContent().stream()
                .map(Alert::getRequestId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ServiceRequest::getId, Function.identity()));
        return found.map(a -> new AlertView(a.getId(), a.getRequestId(),
                subjects.containsKey(a.getRequestId()) ? subjects.get(a.getRequestId()).getSubject() : null,
                a.getKind(), a.getDetail(), a.getCreatedAt(), a.getReadAt() != null));
    }

    /** Marks one of the signed-in user's alerts read (404 for anyone else's). */
    @Transactional
    public void markRead(long alertId) {
        long me = lookup.me().id();
        Alert a = alerts.findById(alertId).filter(x -> x.getUserId() == me)
                .orElseThrow(() -> new NotFoundException("Alert", alertId));
        a.read(Instant.now(clock));
    }

    @Transactional
    public int markAllRead() {
        return alerts.readAll(lookup.me().id(), Instant.now(clock));
    }

    @EventListener
    void on(CrisisDeclared e) {
        Set<Long> managers = managers();
        raise(managers, e.requestId(), AlertKind.CRISIS, null);
        mail(managers, e.requestId(), AlertKind.CRISIS);
    }

    @EventListener
    void on(DeadlineBreached e) {
        Set<Long> to = new LinkedHashSet<>(supervisorOf(e.departmentId()));
        if (e.crisis()) {
            to.addAll(managers());
            mail(managers(), e.requestId(), AlertKind.BREACH);
        }
        raise(to, e.requestId(), AlertKind.BREACH, e.step());
    }

    @EventListener
    void on(RequestEscalated e) {
        raise(supervisorOf(e.departmentId()), e.requestId(), AlertKind.ESCALATION, null);
    }

    @EventListener
    void on(PromiseOverdue e) {
        Set<Long> to = new LinkedHashSet<>(Set.of(e.agentId()));
        UserAccount agent = users.byIds(List.of(e.agentId())).get(e.agentId());
        if (agent != null) {
            to.addAll(supervisorOf(agent.getDepartmentId()));
        }
        raise(to, e.requestId(), AlertKind.PROMISE_OVERDUE, null);
    }

    private void raise(Set<Long> userIds, long requestId, AlertKind kind, String detail) {
        Instant now = Instant.now(clock);
        alerts.saveAll(userIds.stream().map(u -> new Alert(u, requestId, kind, detail, now)).toList());
    }

    /** E-mails the alert to those of the users who have an address, each in their language. */
    private void mail(Set<Long> userIds, long requestId, AlertKind kind) {
        String subject = requests.findById(requestId).map(ServiceRequest::getSubject).orElse("");
        String link = publicUrl + "/requests/" + requestId;
        users.byIds(List.copyOf(userIds)).values().stream().filter(u -> u.getEmail() != null).forEach(u -> {
            Locale locale = Locale.forLanguageTag(u.getLocale() == null ? "zh-CN" : u.getLocale());
            Object[] args = { messages.getMessage("alert.kind." + kind, null, locale), String.valueOf(requestId), subject,
                link };
            mail.send(MailMessage.of(u.getEmail(), messages.getMessage("alert.mail.subject", args, locale),
                    messages.getMessage("alert.mail.text", args, locale)));
        });
    }

    private Set<Long> managers() {
        return users.activeWithAnyRole(MANAGERS).stream().map(UserAccount::getId).collect(Collectors.toSet());
    }

    private Set<Long> supervisorOf(Long departmentId) {
        if (departmentId == null) {
            return managers();
        }
        try {
            Department d = departments.get(departmentId);
            return d.getSupervisorId() == null ? managers() : Set.of(d.getSupervisorId());
        } catch (NotFoundException e) {
            return managers();
        }
    }
}
