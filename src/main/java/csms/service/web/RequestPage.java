package csms.service.web;

import csms.customer.CustomerCard;
import csms.customer.CustomerDirectory;
import csms.customer.CustomerKind;
import csms.customer.Salutation;
import csms.identity.Department;
import csms.identity.Departments;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.script.Placeholders;
import csms.service.ComplaintView;
import csms.service.RequestAttachments;
import csms.service.RequestDetails;
import csms.service.RequestTasks;
import csms.service.ServiceRequests;
import csms.service.web.ComplaintStepForms.DecisionForm;
import csms.service.web.ComplaintStepForms.ImplementForm;
import csms.service.web.ComplaintStepForms.InvestigateForm;
import csms.service.web.ComplaintStepForms.JudgeForm;
import csms.service.web.ComplaintStepForms.LinkForm;
import csms.service.web.ComplaintStepForms.ProposalForm;
import csms.service.web.ComplaintStepForms.SummaryForm;
import csms.service.web.RequestPageForms.AnswerForm;
import csms.service.web.RequestPageForms.AssignForm;
import csms.service.web.RequestPageForms.EntryForm;
import csms.service.web.RequestPageForms.PromiseForm;
import csms.service.web.RequestPageForms.ReasonForm;
import csms.service.web.RequestPageForms.ReferralForm;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import csms.system.OrganisationSettings;
import csms.system.RuleSettings;
import csms.system.RuleValue;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The request page (SVC, CMP): fills the model with the request, its customer, timeline, tasks, attachments and
 * complaint stepper, and every form the page offers; runs an action from one of its forms and either goes back to
 * the page or shows it again with the failed form's input and errors (409 when someone changed the request).
 */
@Component
class RequestPage {

    static final String VIEW = "service/request";
    static final String STALE = "requestpage.stale";
    static final int TIMELINE_SIZE = 20;
    /** The name of the errors of an action without a form (a button): shown at the top of the page. */
    static final String ACTION = "action";
    private static final Map<String, Supplier<Object>> FORMS = Map.ofEntries(
            Map.entry("entryForm", EntryForm::new), Map.entry("assignForm", AssignForm::new),
            Map.entry("escalateForm", ReasonForm::new), Map.entry("reopenForm", ReasonForm::new),
            Map.entry("resolveForm", AnswerForm::new), Map.entry("promiseForm", PromiseForm::new),
            Map.entry("referralForm", ReferralForm::new), Map.entry("judgeForm", JudgeForm::new),
            Map.entry("investigateForm", InvestigateForm::new), Map.entry("proposalForm", ProposalForm::new),
            Map.entry("decisionForm", DecisionForm::new), Map.entry("implementForm", ImplementForm::new),
            Map.entry("linkForm", LinkForm::new), Map.entry("signatureForm", ComplaintStepForms.SignatureForm::new), Map.entry("summaryForm", SummaryForm::new));

    private final ServiceRequests requests;
    private final RequestTasks tasks;
    private final RequestAttachments attachments;
    private final CustomerDirectory directory;
    private final Departments departments;
    private final UserAccounts users;
    private final RuleSettings rules;
    private final OrganisationSettings organisation;
    private final Clock clock;

    RequestPage(ServiceRequests requests, RequestTasks tasks, RequestAttachments attachments,
            CustomerDirectory directory, Departments departments, UserAccounts users, RuleSettings rules,
            OrganisationSettings organisation, Clock clock) {
        this.requests = requests;
        this.tasks = tasks;
        this.attachments = attachments;
        this.directory = directory;
        this.departments = departments;
        this.users = users;
        this.rules = rules;
        this.organisation = organisation;
        this.clock = clock;
    }

    ZoneId zone() {
        return organisation.zone();
    }

    /** The page of a request the user may see (404 otherwise), with the forms not already in the model. */
    String show(long id, Integer timelinePage, Model model) {
        RequestDetails d = requests.view(id);
        model.addAttribute("r", d);
        model.addAttribute("left", TimeLeft.of(d.businessTimeLeft()));
        CustomerCard card = directory.card(d.customerId()).orElse(null);
        model.addAttribute("customer", card);
        // what a reply template fills in for {customer.title} and {customer.surname} (张先生)
        boolean person = card != null && card.kind() == CustomerKind.PERSON;
        model.addAttribute("customerTitleKey", card != null && card.salutation() != Salutation.NONE
                ? "salutation." + card.salutation() : null);
        model.addAttribute("customerSurname", person ? Placeholders.surnameOf(card.name()) : null);
        model.addAttribute("timeline", requests.timeline(id, PageQuery.of(timelinePage, TIMELINE_SIZE, null))
                .map(TimelineItem::of));
        model.addAttribute("promises", tasks.promisesOf(id));
        model.addAttribute("referrals", tasks.referralsOf(id));
        model.addAttribute("attachments", attachments.of(id));
        List<Department> teams = departments.all();
        model.addAttribute("departments", teams);
        model.addAttribute("departmentNames", teams.stream()
                .collect(Collectors.toMap(Department::getId, Department::getName, (a, b) -> a)));
        model.addAttribute("agents", d.mayDispatch() || d.isComplaint() ? users.activeAgents() : List.of());
        model.addAttribute("latest", local(0));
        model.addAttribute("soonest", local(1));
        if (d.isComplaint()) {
            Map<String, Integer> limits = rules.all().stream()
                    .collect(Collectors.toMap(v -> v.rule().key(), RuleValue::value));
            model.addAttribute("steps", ComplaintStepView.of(d, limits));
            model.addAttribute("people", people(d.complaint()));
        }
        if (!model.containsAttribute("assignForm")) {
            AssignForm assign = new AssignForm();
            assign.setDepartmentId(d.departmentId());
            model.addAttribute("assignForm", assign);
        }
        if (!model.containsAttribute("implementForm")) {
            ImplementForm implement = new ImplementForm();
            implement.setCustomerNotifiedAt(LocalDateTime.now(clock.withZone(zone())).truncatedTo(ChronoUnit.MINUTES));
            model.addAttribute("implementForm", implement);
        }
        FORMS.forEach((name, form) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, form.get());
            }
        });
        return VIEW;
    }

    /**
     * Runs an action of a form that bound without errors: back to the page (at {@code anchor}) with a success
     * message, or the page again with the form's input and the refusal on its field or at its top.
     */
    String submit(long id, BindingResult form, Map<String, String> fieldNames, Runnable action, String done,
            String anchor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("success", done);
                return "redirect:/requests/" + id + "#" + anchor;
            } catch (ConflictException e) {
                if (ConflictException.STALE_KEY.equals(e.messageKey())) {
                    form.reject(STALE);
                } else {
                    FormErrors.reject(form, fieldNames, e);
                }
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(form, fieldNames, e);
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("failed", form.getObjectName());
        if (ACTION.equals(form.getObjectName())) {
            model.addAttribute("actionErrors", form.getGlobalErrors());
        }
        return show(id, null, model);
    }

    String submit(long id, BindingResult form, Runnable action, String done, String anchor, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return submit(id, form, Map.of(), action, done, anchor, model, redirect, response);
    }

    /** Errors of an action that has no form of its own. */
    static BindingResult action() {
        return new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), ACTION);
    }

    /** The names of the people a complaint's record mentions. */
    private Map<Long, String> people(ComplaintView c) {
        Set<Long> ids = new HashSet<>();
        Stream.concat(Stream.of(c.responsibleUserId(), c.approvedBy()),
                Stream.concat(c.proposals().stream().map(ComplaintView.ProposalView::proposedBy),
                        c.penalties().stream().map(ComplaintView.PenaltyView::userId)))
                .filter(Objects::nonNull).forEach(ids::add);
        return users.byIds(ids).values().stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    /** Now plus some minutes, as a datetime-local value in the organisation's zone. */
    private String local(int plusMinutes) {
        return LocalDateTime.now(clock.withZone(zone())).plusMinutes(plusMinutes).truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }
}
