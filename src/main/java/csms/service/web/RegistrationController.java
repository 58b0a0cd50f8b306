package csms.service.web;

import csms.customer.CustomerArchive;
import csms.customer.CustomerDetails;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.service.Channel;
import csms.service.RequestDetails;
import csms.service.ServiceRequests;
import csms.shared.BusinessException;
import csms.shared.FormErrors;
import csms.shared.PhoneNumber;
import csms.system.OrganisationSettings;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a request while the customer is on the line (SVC-1, SVC-2, CMP-1): the caller is found by the number
 * as the agent types it (or registered on the spot), then the request; a complaint adds its acceptance fields.
 * A second POST of the same form leads to the request the first one created.
 */
@Controller
@RequestMapping("/requests")
class RegistrationController {

    static final String VIEW = "service/new";
    static final String CALLER = "service/caller :: panel";
    private static final String PATH = "/requests";

    private final ServiceRequests requests;
    private final CustomerArchive archive;
    private final CallerLookup lookup;
    private final FormTokens tokens;
    private final OrganisationSettings organisation;
    private final MessageSource messages;
    private final SpringValidatorAdapter validator;
    private final Clock clock;

    RegistrationController(ServiceRequests requests, CustomerArchive archive, CallerLookup lookup, FormTokens tokens,
            OrganisationSettings organisation, MessageSource messages, jakarta.validation.Validator validator,
            Clock clock) {
        this.requests = requests;
        this.archive = archive;
        this.lookup = lookup;
        this.tokens = tokens;
        this.organisation = organisation;
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('AGENT')")
    String newForm(@RequestParam(required = false) String phone, Model model) {
        RequestForm form = RequestForm.empty(tokens.issue());
        form.setCallerPhone(phone);
        return form(model, form);
    }

    @PostMapping
    @PreAuthorize("hasRole('AGENT')")
    String register(@ModelAttribute("requestForm") RequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String token = form.getFormToken();
        if (!FormTokens.isWellFormed(token)) {
            form.setFormToken(tokens.issue());
            result.reject("servicedesk.form.expired");
            return form(model, form);
        }
        Optional<String> earlier;
        try {
            earlier = tokens.earlierOutcome(token, PATH);
        } catch (BusinessException e) {
            FormErrors.reject(result, e);
            return form(model, form);
        }
        if (earlier.isPresent()) {
            redirect.addFlashAttribute("success", "servicedesk.registered-before");
            return "redirect:" + earlier.get();
        }
        var draft = form.toDraft(organisation.zone());
        validator.validate(draft, result);
        form.requireComplaintFields(result);
        if (!result.hasErrors()) {
            try {
                RequestDetails created = requests.register(draft);
                String location = PATH + "/" + created.id();
                tokens.done(token, location);
                redirect.addFlashAttribute("success", "servicedesk.registered");
                return "redirect:" + location;
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            } catch (RuntimeException e) {
                tokens.failed(token);
                throw e;
            }
        }
        tokens.failed(token);
        return form(model, form);
    }

    /** The caller box for the typed number; with {@code customerId}, that customer selected. */
    @GetMapping("/caller")
    @PreAuthorize("hasRole('AGENT')")
    String caller(@RequestParam(required = false) String callerPhone, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String customerName, Model model) {
        model.addAttribute("caller", panel(callerPhone, customerId, customerName));
        return CALLER;
    }

    /** Registers the unknown caller as a new customer (CUS-1) with the typed number, and selects it. */
    @PostMapping("/caller")
    @PreAuthorize("hasRole('AGENT')")
    String registerCaller(@RequestParam(required = false) String callerPhone,
            @RequestParam(required = false) String newCustomerName,
            @RequestParam(required = false) Salutation newCustomerSalutation,
            @RequestParam(required = false) Channel channel, Model model) {
        String name = newCustomerName == null ? "" : newCustomerName.strip();
        String problem = null;
        if (name.isEmpty() || name.length() > 100) {
            problem = text("servicedesk.caller.name-required");
        } else if (!PhoneNumber.isValid(callerPhone)) {
            problem = text("validation.phone", String.valueOf(callerPhone));
        }
        if (problem == null) {
            try {
                CustomerDetails created = archive.register(newCustomer(name, newCustomerSalutation,
                        PhoneNumber.of(callerPhone).value(), channel));
                model.addAttribute("caller", new CallerPanel(callerPhone, List.of(),
                        CallerMatch.of(created, PhoneNumber.of(callerPhone).value())));
                model.addAttribute("callerRegistered", true);
                return CALLER;
            } catch (BusinessException e) {
                problem = text(e.messageKey(), e.arguments());
            }
        }
        model.addAttribute("caller", panel(callerPhone, null, null));
        model.addAttribute("newCustomerName", name);
        model.addAttribute("newCustomerSalutation", newCustomerSalutation);
        model.addAttribute("newCustomerProblem", problem);
        return CALLER;
    }

    private String form(Model model, RequestForm form) {
        model.addAttribute("requestForm", form);
        model.addAttribute("caller", panel(form.getCallerPhone(), form.getCustomerId(), form.getCustomerName()));
        model.addAttribute("latest",
                LocalDateTime.now(clock.withZone(organisation.zone())).truncatedTo(ChronoUnit.MINUTES).toString());
        return VIEW;
    }

    private CallerPanel panel(String phone, Long customerId, String customerName) {
        List<CallerMatch> matches = lookup.byPhone(phone);
        if (customerId != null) {
            CallerMatch selected = matches.stream().filter(m -> m.id() == customerId).findFirst()
                    .orElse(new CallerMatch(customerId, customerName, null, null, false, false, false, List.of()));
            return new CallerPanel(phone, List.of(), selected.withOpenRequests(requests.openOfCustomer(customerId)));
        }
        return new CallerPanel(phone, matches.stream()
                .map(m -> m.withOpenRequests(requests.openOfCustomer(m.id()))).toList(), null);
    }

    private static NewCustomer newCustomer(String name, Salutation salutation, String phone, Channel channel) {
        return new NewCustomer(CustomerKind.PERSON, name, salutation == null ? Salutation.NONE : salutation, null,
                null, null, null, source(channel), null, null, List.of(new PhoneEntry(phone, null)), List.of(), null,
                null, false, false, false, null);
    }

    private static CustomerSource source(Channel channel) {
        if (channel == null) {
            return CustomerSource.PHONE;
        }
        return switch (channel) {
            case PHONE, FAX -> CustomerSource.PHONE;
            case EMAIL -> CustomerSource.EMAIL;
            case CHAT, WEB_FORM -> CustomerSource.WEB;
            case IN_PERSON -> CustomerSource.WALK_IN;
            case OTHER -> CustomerSource.OTHER;
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
