package csms.script.web;

import csms.identity.SignedInUser;
import csms.script.Placeholders;
import csms.script.ReplySituation;
import csms.script.ReplyTemplate;
import csms.script.ReplyTemplates;
import csms.script.TemplateDefinition;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reply templates: the supervisors' page (write, revise, delete) and what the template picker of a reply box asks
 * for ({@code fragments/reply-templates.html :: picker}).
 */
@Controller
class ReplyTemplateController {

    private static final int PAGE_SIZE = 20;
    private static final int PICKER_SIZE = 8;

    private final ReplyTemplates templates;

    ReplyTemplateController(ReplyTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/settings/reply-templates")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) ReplySituation situation,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Long edit, Model model) {
        TemplateDefinition form = new TemplateDefinition("", null, "", null);
        if (edit != null) {
            ReplyTemplate t = templates.get(edit);
            form = new TemplateDefinition(t.getTitle(), t.getSituation(), t.getText(), t.getVersion());
        }
        model.addAttribute("template", form);
        model.addAttribute("editId", edit);
        return listPage(q, situation, page, model);
    }

    @PostMapping("/settings/reply-templates")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@Valid @ModelAttribute("template") TemplateDefinition d, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                templates.create(d);
                redirect.addFlashAttribute("success", "script.template.created");
                return "redirect:/settings/reply-templates";
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return listPage(null, null, null, model);
    }

    @PostMapping("/settings/reply-templates/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String revise(@PathVariable long id, @Valid @ModelAttribute("template") TemplateDefinition d,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                templates.revise(id, d);
                redirect.addFlashAttribute("success", "script.template.saved");
                return "redirect:/settings/reply-templates";
            } catch (ConflictException e) {
                FormErrors.reject(result, e);
                response.setStatus(HttpStatus.CONFLICT.value());
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("editId", id);
        return listPage(null, null, null, model);
    }

    @PostMapping("/settings/reply-templates/{id}/delete")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            templates.delete(id, version);
            redirect.addFlashAttribute("success", "script.template.deleted");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/settings/reply-templates";
    }

    /** The templates a picker offers: the first few whose title or text contains {@code q}. */
    @GetMapping("/reply-templates/picker")
    @PreAuthorize("hasRole('AGENT')")
    String picker(@RequestParam(required = false) String q, @RequestParam(required = false) ReplySituation situation,
            Model model) {
        model.addAttribute("options", templates.search(q, situation, PageQuery.of(0, PICKER_SIZE, null)));
        return "fragments/reply-templates :: options";
    }

    /** A template's text for the signed-in agent and the customer the reply box names (plain text). */
    @GetMapping(path = "/reply-templates/{id}/text", produces = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("hasRole('AGENT')")
    @ResponseBody
    String text(@PathVariable long id, @RequestParam(required = false) String customerTitle,
            @RequestParam(required = false) String customerSurname) {
        SignedInUser agent = SignedInUser.current();
        return templates.render(id, Placeholders.forCustomer(customerTitle, customerSurname,
                agent == null ? null : agent.agentNumber()));
    }

    private String listPage(String q, ReplySituation situation, Integer page, Model model) {
        model.addAttribute("page", templates.search(q, situation, PageQuery.of(page, PAGE_SIZE, null)));
        model.addAttribute("q", q);
        model.addAttribute("situation", situation);
        model.addAttribute("situations", ReplySituation.values());
        return "script/reply-templates";
    }
}
