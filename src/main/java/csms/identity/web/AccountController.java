package csms.identity.web;

import csms.shared.FormErrors;

import csms.identity.ApiTokens;
import csms.identity.Departments;
import csms.identity.IssuedToken;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.BusinessException;
import csms.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own account: profile, password, language and personal API tokens. */
@Controller
class AccountController {

    private static final String PASSWORD = "passwordChange";
    private static final String TOKEN = "tokenRequest";

    private final UserAccounts users;
    private final Departments departments;
    private final ApiTokens tokens;
    private final LocaleResolver localeResolver;

    AccountController(UserAccounts users, Departments departments, ApiTokens tokens, LocaleResolver localeResolver) {
        this.users = users;
        this.departments = departments;
        this.tokens = tokens;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/account")
    @PreAuthorize("isAuthenticated()")
    String account(Model model) {
        return page(model);
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(@Valid @ModelAttribute(PASSWORD) PasswordChange form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPasswordRepeat") && !form.newPassword().equals(form.newPasswordRepeat())) {
            result.rejectValue("newPasswordRepeat", "validation.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                users.changeOwnPassword(SignedInUser.current().id(), form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("success", "identity.flash.password-changed");
                return "redirect:/account";
            } catch (BusinessException e) {
                FormErrors.reject(result, Map.of("password", "newPassword"), e);
            }
        }
        return page(model);
    }

    /**
     * Stores the language for the next sign-ins, applies it now and goes back to the page the user was on.
     * A POST with CSRF protection, so another site cannot change a user's language.
     */
    @PostMapping("/account/language")
    @PreAuthorize("isAuthenticated()")
    String language(@RequestParam String lang, @RequestHeader(name = HttpHeaders.REFERER, required = false) String referer,
            HttpServletRequest request, HttpServletResponse response) {
        if (!UserAccounts.LOCALES.contains(lang)) {
            throw RuleViolation.onField("lang", "validation.locale", lang);
        }
        users.preferLocale(SignedInUser.current().id(), lang);
        localeResolver.setLocale(request, response, Locale.forLanguageTag(lang));
        return "redirect:" + SameSiteReferer.pathOf(referer, request);
    }

    /** Issues a token and shows its secret on this response only: never redirected, stored or cached. */
    @PostMapping("/account/tokens")
    @PreAuthorize("isAuthenticated()")
    String issueToken(@Valid @ModelAttribute(TOKEN) TokenRequest form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                IssuedToken issued = tokens.issue(SignedInUser.current().id(), form.name(), form.validDays());
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                model.addAttribute("token", issued.token());
                model.addAttribute("secret", issued.secret());
                return "identity/token-issued";
            } catch (BusinessException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id, SignedInUser.current().id(), false);
        redirect.addFlashAttribute("success", "identity.flash.token-revoked");
        return "redirect:/account";
    }

    private String page(Model model) {
        UserAccount me = users.get(SignedInUser.current().id());
        model.addAttribute("me", me);
        model.addAttribute("departmentName", me.getDepartmentId() == null ? null
                : departments.get(me.getDepartmentId()).getName());
        model.addAttribute("tokens", tokens.ofUser(me.getId()));
        if (!model.containsAttribute(PASSWORD)) {
            model.addAttribute(PASSWORD, PasswordChange.empty());
        }
        if (!model.containsAttribute(TOKEN)) {
            model.addAttribute(TOKEN, TokenRequest.empty());
        }
        return "identity/account";
    }
}
