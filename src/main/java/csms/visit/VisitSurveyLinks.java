package csms.visit;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.customer.CustomerDirectory;
import csms.customer.CustomerReach;
import csms.identity.RunAs;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.service.CustomerNotifier;
import csms.shared.ConflictException;
import csms.shared.OneTimeToken;
import csms.shared.Role;
import csms.shared.RuleViolation;
import csms.system.OrganisationSettings;
import csms.system.RuleSettings;
import csms.visit.SurveyLinkRefused.Reason;
import csms.visit.internal.ReturnVisitRepository;
import csms.visit.internal.VisitQuestionRepository;
import csms.visit.internal.VisitSurveyLinkRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's own questionnaire by a one-time link (VIS-6: visit by phone, e-mail or message). The agent (or
 * supervisor) sends the link by e-mail or SMS to the address in the customer's archive; sending again replaces the
 * earlier link. The customer opens {@code /c/survey/{token}} without signing in and answers once, until the link
 * expires (rule {@code visit.survey-link-days}); the answers record the visit as reached exactly as the agent's call
 * does, so VIS-8 applies; its follow-ups run as the visit's agent (else the user who sent the link).
 */
@Service
public class VisitSurveyLinks {

    /** Messages to customers are in the organisation's language. */
    private static final Locale CUSTOMER = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReturnVisitRepository visits;
    private final VisitSurveyLinkRepository links;
    private final VisitQuestionRepository questions;
    private final ReturnVisits returnVisits;
    private final CustomerDirectory customers;
    private final CustomerNotifier notifier;
    private final OrganisationSettings organisation;
    private final RuleSettings rules;
    private final UserAccounts users;
    private final UserDetailsService principals;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final String publicUrl;

    VisitSurveyLinks(ReturnVisitRepository visits, VisitSurveyLinkRepository links, VisitQuestionRepository questions,
            ReturnVisits returnVisits, CustomerDirectory customers, CustomerNotifier notifier,
            OrganisationSettings organisation, RuleSettings rules, UserAccounts users, UserDetailsService principals,
            MessageSource messages, AuditTrail audit, Clock clock,
            @Value("${csms.public-url:http://localhost:8080}") String publicUrl) {
        this.visits = visits;
        this.links = links;
        this.questions = questions;
        this.returnVisits = returnVisits;
        this.customers = customers;
        this.notifier = notifier;
        this.organisation = organisation;
        this.rules = rules;
        this.users = users;
        this.principals = principals;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Sends a new questionnaire link to the customer's e-mail or mobile from the archive, replacing any earlier link.
     * 404 when the viewer may not see the visit, 409 when it has ended, 422 when the archive has no such address.
     */
    @Transactional
    @PreAuthorize("hasRole('AGENT')")
    public SurveyLinkSent send(long visitId, SurveyChannel channel) {
        if (channel == null) {
            throw RuleViolation.onField("channel", "validation.required");
        }
        VisitAccess access = VisitAccess.current();
        ReturnVisit v = access.require(visits.findById(visitId).orElse(null), visitId);
        if (!v.getStatus().isOpen()) {
            throw new ConflictException("visit.ended");
        }
        String to = customers.reach(v.getCustomerId()).map(r -> address(r, channel))
                .orElseThrow(() -> RuleViolation.onField("channel", "visitsurvey.no-address." + channel));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // as stored
        Instant expires = now.plus(Duration.ofDays(rules.value(VisitSurveyRules.LINK_DAYS)));
        VisitSurveyLink link = links.findByVisitId(visitId).orElseGet(() -> new VisitSurveyLink(visitId));
        Changes changes = Changes.none().field("channel", link.getChannel(), channel)
                .field("expiresAt", link.getExpiresAt(), expires);
        OneTimeToken token = OneTimeToken.generate();
        link.issue(token, channel, access.viewerId() < 0 ? null : access.viewerId(), now, expires);
        links.saveAndFlush(link);
        String url = publicUrl + "/c/survey/" + token.value();
        notifier.send(channel.medium(), to, messages.getMessage("visitsurvey.message", new Object[] {
                organisationName(), url, EXPIRY.format(expires.atZone(organisation.zone())) }, CUSTOMER));
        audit.record("visit.survey-link-sent", ReturnVisits.SUBJECT, visitId, v.getCustomerName(), changes);
        return new SurveyLinkSent(visitId, url, channel, now, expires);
    }

    /** The link part of the visit screen: the channels the archive allows while the visit is open, the last link. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public SurveyLinkStatus status(long visitId) {
        ReturnVisit v = VisitAccess.current().require(visits.findById(visitId).orElse(null), visitId);
        List<SurveyLinkStatus.Option> options = new ArrayList<>();
        if (v.getStatus().isOpen()) {
            customers.reach(v.getCustomerId()).ifPresent(r -> {
                if (r.email() != null) {
                    options.add(new SurveyLinkStatus.Option(SurveyChannel.EMAIL, r.maskedEmail()));
                }
                if (r.mobile() != null) {
                    options.add(new SurveyLinkStatus.Option(SurveyChannel.SMS, r.maskedMobile()));
                }
            });
        }
        Instant now = Instant.now(clock);
        return links.findByVisitId(visitId).map(l -> new SurveyLinkStatus(options, l.getChannel(), l.getSentAt(),
                l.getExpiresAt(), l.getUsedAt(), l.isExpired(now)))
                .orElseGet(() -> new SurveyLinkStatus(options, null, null, null, null, false));
    }

    /** What the link opens: the questionnaire of the visit's kind; refused with the reason otherwise. */
    @Transactional(readOnly = true)
    public SurveyQuestionnaire open(String token) {
        VisitSurveyLink link = link(token);
        ReturnVisit v = openVisit(link);
        return new SurveyQuestionnaire(organisationName(), v.getKind(), questions.findByKindOrderByPosition(v.getKind()),
                link.getExpiresAt());
    }

    /**
     * The customer's answers: the visit is recorded as reached (VIS-3 answers, satisfaction, the comment as the
     * note) via WEB and the link is used up. Bad input is 422 and leaves the link usable.
     */
    @Transactional
    public void submit(String token, SurveyAnswers answers) {
        VisitSurveyLink link = link(token);
        ReturnVisit v = openVisit(link);
        link.use(Instant.now(clock));
        links.saveAndFlush(link);
        String note = answers.comment() != null ? answers.comment()
                : messages.getMessage("visitsurvey.stored-note", null, CUSTOMER);
        actingFor(v, link, () -> returnVisits.recordOnline(v, answers, note));
    }

    private VisitSurveyLink link(String token) {
        VisitSurveyLink link = OneTimeToken.hashOf(token).flatMap(links::findByTokenHash)
                .orElseThrow(() -> new SurveyLinkRefused(Reason.UNKNOWN));
        if (link.getUsedAt() != null) {
            throw new SurveyLinkRefused(Reason.ANSWERED);
        }
        if (!link.usable(Instant.now(clock))) {
            throw new SurveyLinkRefused(Reason.EXPIRED);
        }
        return link;
    }

    private ReturnVisit openVisit(VisitSurveyLink link) {
        ReturnVisit v = visits.findById(link.getVisitId()).orElseThrow(() -> new SurveyLinkRefused(Reason.UNKNOWN));
        if (!v.getStatus().isOpen()) {
            throw new SurveyLinkRefused(Reason.CLOSED);
        }
        return v;
    }

    private static String address(CustomerReach reach, SurveyChannel channel) {
        return channel == SurveyChannel.EMAIL ? reach.email() : reach.mobile();
    }

    private String organisationName() {
        return organisation.current().map(o -> o.getName()).orElse("");
    }

    /**
     * Runs the recording as the visit's agent (else the user who sent the link, else a supervisor of the visit's
     * team, else a department or general manager), so VIS-8 registers the request or records the complaint's
     * follow-up as that user, exactly as after the agent's call.
     */
    private <T> T actingFor(ReturnVisit v, VisitSurveyLink link, Supplier<T> work) {
        Optional<SignedInUser> actor = principal(v.getAgentId()).or(() -> principal(link.getSentBy()))
                .or(() -> standIn(v));
        return actor.isEmpty() ? work.get() : RunAs.user(actor.get(), work::get);
    }

    /** Someone who may act on the visit when neither its agent nor the sender can: the team's supervisor first. */
    private Optional<SignedInUser> standIn(ReturnVisit v) {
        return users.activeWithAnyRole(EnumSet.of(Role.SUPERVISOR, Role.DEPT_MANAGER, Role.GENERAL_MANAGER)).stream()
                .filter(u -> u.getRoles().contains(Role.DEPT_MANAGER) || u.getRoles().contains(Role.GENERAL_MANAGER)
                        || (v.getDepartmentId() != null && v.getDepartmentId().equals(u.getDepartmentId())))
                .sorted(Comparator.comparing((UserAccount u) -> !u.getRoles().contains(Role.SUPERVISOR))
                        .thenComparing(UserAccount::getId))
                .map(u -> principal(u.getId())).flatMap(Optional::stream).findFirst();
    }

    private Optional<SignedInUser> principal(Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(users.byIds(Set.of(userId)).get(userId)).filter(UserAccount::isEnabled)
                .map(u -> principals.loadUserByUsername(u.getUsername()))
                .filter(SignedInUser.class::isInstance).map(SignedInUser.class::cast);
    }
}
