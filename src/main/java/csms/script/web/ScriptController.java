package csms.script.web;

import csms.identity.SignedInUser;
import csms.script.ReplySituation;
import csms.script.Script;
import csms.script.ScriptBranch;
import csms.script.ScriptValues;
import csms.script.Scripts;
import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The script library's pages: agents browse and use scripts (/scripts), supervisors write and revise them with their
 * history (/settings/scripts), and the script panel of the call screens asks for a situation's scripts.
 */
@Controller
class ScriptController {

    private static final int PAGE_SIZE = 30;

    /** The closing wishes of a return visit (回访结束语: 开车愉快 / 工作愉快 / 节日快乐), by code. */
    static final List<String> WISHES = List.of("DRIVING", "WORK", "HOLIDAY");

    private final Scripts scripts;
    private final MessageSource messages;

    ScriptController(Scripts scripts, MessageSource messages) {
        this.scripts = scripts;
        this.messages = messages;
    }

    /** The agents' library: pick a situation and use its scripts (neutral form of address: no customer here). */
    @GetMapping("/scripts")
    @PreAuthorize("hasRole('AGENT')")
    String library(@RequestParam(required = false) ReplySituation situation, Model model) {
        ReplySituation shown = situation == null ? ReplySituation.GREETING : situation;
        model.addAttribute("situation", shown);
        model.addAttribute("situations", ReplySituation.values());
        model.addAttribute("scripts", scripts.forSituation(shown, values(null, null, null, null)));
        return "script/scripts";
    }

    /** The panel's body: the situation's scripts filled for the customer ({@code fragments/scripts :: scripts}). */
    @GetMapping("/scripts/panel")
    @PreAuthorize("hasRole('AGENT')")
    String panel(@RequestParam(required = false) ReplySituation situation, @RequestParam(required = false) String customerTitle,
            @RequestParam(required = false) String customerSurname, @RequestParam(required = false) String service,
            @RequestParam(required = false) String wish, Model model) {
        model.addAttribute("scripts", situation == null ? List.of() : scripts.forSituation(situation,
                values(customerTitle, customerSurname, service, wishText(wish))));
        return "fragments/scripts :: scripts";
    }

    @GetMapping("/settings/scripts")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) ReplySituation situation,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", scripts.search(q, situation, PageQuery.of(page, PAGE_SIZE, null)));
        model.addAttribute("q", q);
        model.addAttribute("situation", situation);
        model.addAttribute("situations", ReplySituation.values());
        return "script/script-list";
    }

    @GetMapping("/settings/scripts/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String newScript(Model model) {
        model.addAttribute("form", ScriptForm.empty());
        return editPage(null, model);
    }

    @PostMapping("/settings/scripts/new")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String create(@ModelAttribute("form") ScriptForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Script s = scripts.create(form.toDefinition());
            redirect.addFlashAttribute("success", "script.library.created");
            return "redirect:/settings/scripts/" + s.getId();
        } catch (BusinessException e) {
            FormErrors.reject(result, e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return editPage(null, model);
    }

    @GetMapping("/settings/scripts/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", ScriptForm.of(scripts.get(id)));
        return editPage(id, model);
    }

    /** Saves the form as the script's next revision against the version shown (stale → 409, page kept). */
    @PostMapping("/settings/scripts/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String revise(@PathVariable long id, @ModelAttribute("form") ScriptForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            scripts.revise(id, form.toDefinition());
            redirect.addFlashAttribute("success", "script.library.saved");
            return "redirect:/settings/scripts/" + id;
        } catch (ConflictException e) {
            FormErrors.reject(result, e);
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (BusinessException e) {
            FormErrors.reject(result, e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return editPage(id, model);
    }

    private String editPage(Long id, Model model) {
        model.addAttribute("scriptId", id);
        model.addAttribute("situations", ReplySituation.values());
        model.addAttribute("branches", ScriptBranch.values());
        if (id != null) {
            model.addAttribute("script", scripts.get(id));
            model.addAttribute("revisions", scripts.revisions(id));
        }
        return "script/script-edit";
    }

    /** The wish in the scripts' language (Chinese, whatever the agent's UI language), or null for an unknown code. */
    private String wishText(String code) {
        return code != null && WISHES.contains(code)
                ? messages.getMessage("script.wish." + code, null, Locale.SIMPLIFIED_CHINESE) : null;
    }

    static ScriptValues values(String customerTitle, String customerSurname, String service, String wish) {
        SignedInUser agent = SignedInUser.current();
        return ScriptValues.forCustomer(customerTitle, customerSurname, agent == null ? null : agent.agentNumber(),
                service, null, wish);
    }
}
