package csms.workspace;

import csms.customer.ArchiveRefresh;
import csms.customer.FirstContactDuties;
import csms.customer.FirstContactDuty;
import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page after sign-in: an agent's customers awaiting the first contact (overdue first), a supervisor's
 * team overview of those duties, a short welcome for everyone else.
 */
@Controller
class HomeController {

    static final int PANEL_SIZE = 20;

    private final FirstContactDuties duties;
    private final ArchiveRefresh refresh;

    HomeController(FirstContactDuties duties, ArchiveRefresh refresh) {
        this.duties = duties;
        this.refresh = refresh;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer teamPage,
            Model model) {
        SignedInUser me = SignedInUser.current();
        boolean supervisor = me != null && me.hasAtLeast(Role.SUPERVISOR);
        if (me != null && me.hasAtLeast(Role.AGENT)) {
            Page<FirstContactDuty> mine = duties.mine(PageQuery.of(page, PANEL_SIZE, null));
            if (!supervisor || !mine.isEmpty()) {
                model.addAttribute("myDuties", mine);
            }
            model.addAttribute("refreshDueCount", refresh.dueCount(me.id()));
        }
        if (supervisor) {
            model.addAttribute("overview", duties.overview(null, PageQuery.of(teamPage, PANEL_SIZE, null)));
            model.addAttribute("teamPage", teamPage == null ? 0 : teamPage);
            model.addAttribute("myPage", page == null ? 0 : page);
        }
        if (me == null || !me.hasAtLeast(Role.AGENT)) {
            model.addAttribute("welcome", true);
        }
        return "workspace/home";
    }
}
