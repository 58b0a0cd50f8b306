package csms.script.web;

import csms.script.PhraseCategory;
import csms.script.PhraseDefinition;
import csms.script.ReplyQuality;
import csms.shared.BusinessException;
import csms.shared.FormErrors;
import csms.shared.PageQuery;
import jakarta.validation.Valid;
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
 * The word lists of the reply standard for supervisors (add, remove, search), and the check any page's reply box
 * asks for while the agent writes ({@code fragments/reply-check.html}).
 */
@Controller
class ReplyQualityController {

    private static final int PAGE_SIZE = 30;

    private final ReplyQuality quality;

    ReplyQualityController(ReplyQuality quality) {
        this.quality = quality;
    }

    @GetMapping("/settings/reply-quality")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) PhraseCategory category,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("newPhrase", new PhraseDefinition("", null, null, null));
        return listPage(q, category, page, model);
    }

    @PostMapping("/settings/reply-quality")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String add(@Valid @ModelAttribute("newPhrase") PhraseDefinition d, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                quality.add(d);
                redirect.addFlashAttribute("success", "script.phrase.added");
                return "redirect:/settings/reply-quality";
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return listPage(null, null, null, model);
    }

    @PostMapping("/settings/reply-quality/{id}/remove")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String remove(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            quality.remove(id, version);
            redirect.addFlashAttribute("success", "script.phrase.removed");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.arguments());
        }
        return "redirect:/settings/reply-quality";
    }

    /**
     * The findings for a reply box, as an HTML fragment; {@code held} when the agent's send was held back to show
     * them (the fragment then says to send again).
     */
    @PostMapping("/reply-quality/check")
    @PreAuthorize("hasRole('AGENT')")
    String check(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "false") boolean closing,
            @RequestParam(defaultValue = "false") boolean held, Model model) {
        String checked = text.length() > ReplyCheckLimits.MAX_TEXT ? text.substring(0, ReplyCheckLimits.MAX_TEXT) : text;
        model.addAttribute("check", quality.check(checked, closing));
        model.addAttribute("held", held);
        return "fragments/reply-check :: findings";
    }

    private String listPage(String q, PhraseCategory category, Integer page, Model model) {
        model.addAttribute("page", quality.phrases(q, category, PageQuery.of(page, PAGE_SIZE, null)));
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("categories", PhraseCategory.values());
        return "script/reply-quality";
    }
}
