package csms.workforce.web;

import csms.shared.BusinessException;
import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** What the staff record pages share: the month shown by default, and a refused form shown with its reason. */
final class StaffPages {

    private StaffPages() {
    }

    static YearMonth monthOr(YearMonth month, java.time.Clock clock, ZoneId zone) {
        return month != null ? month : YearMonth.now(clock.withZone(zone));
    }

    /** Puts the refusal on the page (422, or 409 for a stale version) and the field it concerns. */
    static void refused(BusinessException e, Model model, HttpServletResponse response) {
        model.addAttribute("error", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
        if (e instanceof RuleViolation v) {
            model.addAttribute("errorField", v.field());
        }
        response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
