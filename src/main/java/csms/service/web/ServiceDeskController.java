package csms.service.web;

import csms.identity.SignedInUser;
import csms.service.Channel;
import csms.service.ComplaintStage;
import csms.service.Priority;
import csms.service.Queue;
import csms.service.RequestFilter;
import csms.service.RequestStatus;
import csms.service.RequestType;
import csms.service.ServiceRequests;
import csms.shared.PageQuery;
import csms.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agent workspace (SVC-1, CUS-3): the queues as tabs with their counts, filters and sorting, and the list that
 * refreshes itself while the agent works. Unassigned requests of the agent's team can be taken with one click.
 */
@Controller
@RequestMapping("/requests")
class ServiceDeskController {

    static final String VIEW = "service/desk";
    static final String LIVE = "service/desk :: live";
    static final String ALERT = "service/desk :: alert";
    /** Query parameters the workspace keeps when switching queues. */
    private static final List<String> FILTERS = List.of("q", "type", "status", "channel", "priority", "stage", "sort");

    private final ServiceRequests requests;

    ServiceDeskController(ServiceRequests requests) {
        this.requests = requests;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENT')")
    String desk(@RequestParam(required = false) Queue queue, @RequestParam(required = false) String q,
            @RequestParam(required = false) RequestType type, @RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) Priority priority,
            @RequestParam(required = false) ComplaintStage stage, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        List<Queue> queues = queuesOf(SignedInUser.current());
        Queue shown = queue != null && queues.contains(queue) ? queue : Queue.MINE;
        RequestFilter filter = new RequestFilter(shown, q, type, status, channel, priority, stage, null, null, null);
        model.addAttribute("rows", requests.list(filter, PageQuery.of(page, size, sort)));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("filtered", q != null && !q.isBlank() || type != null || status != null || channel != null
                || priority != null || stage != null);
        model.addAttribute("tabs", tabs(queues, shown, requests.queueCounts(), request));
        model.addAttribute("self", link(request, Map.of("queue", shown.name()), true));
        model.addAttribute("exportXlsx", link(request, "/requests/export", Map.of("queue", shown.name(), "format", "xlsx")));
        model.addAttribute("exportCsv", link(request, "/requests/export", Map.of("queue", shown.name(), "format", "csv")));
        model.addAttribute("me", SignedInUser.current());
        model.addAttribute("takesAny", SignedInUser.current().hasAtLeast(Role.DEPT_MANAGER));
        model.addAttribute("types", RequestType.values());
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("stages", ComplaintStage.values());
        response.setHeader("Vary", "HX-Request");
        return htmx != null && historyRestore == null ? LIVE : VIEW;
    }

    /** An agent takes an unassigned request of the team (SVC-7): it becomes theirs, against the version listed. */
    @PostMapping("/{id}/take")
    @PreAuthorize("hasRole('AGENT')")
    String take(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        ActionOutcome<?> outcome = ActionOutcome.of(() -> requests.assign(id, departmentId,
                SignedInUser.current().id(), version));
        String key = switch (outcome.problem() == null ? "" : outcome.problem()) {
            case "" -> "servicedesk.taken";
            case ActionOutcome.STALE -> "servicedesk.take-stale";
            case ActionOutcome.FORBIDDEN -> "servicedesk.take-denied";
            default -> outcome.problem();
        };
        if (htmx != null) {
            response.setHeader("HX-Trigger", "desk-refresh");
            model.addAttribute("alertKey", key);
            model.addAttribute("alertArgs", outcome.args());
            model.addAttribute("alertOk", outcome.done());
            return ALERT;
        }
        redirect.addFlashAttribute(outcome.done() ? "success" : "error", key);
        if (!outcome.done()) {
            redirect.addFlashAttribute("errorArgs", outcome.args());
        }
        return "redirect:" + (back != null && back.startsWith("/requests") && !back.startsWith("//") ? back : "/requests");
    }

    /** The queues a user works: the escalated queue is the supervisor's (SVC-8). */
    static List<Queue> queuesOf(SignedInUser user) {
        List<Queue> queues = new ArrayList<>(List.of(Queue.values()));
        if (user == null || !user.hasAtLeast(Role.SUPERVISOR)) {
            queues.remove(Queue.ESCALATED);
        }
        return queues;
    }

    private static List<DeskTab> tabs(List<Queue> queues, Queue shown, Map<Queue, Long> counts,
            HttpServletRequest request) {
        return queues.stream().map(q -> new DeskTab(q, counts.get(q), link(request, Map.of("queue", q.name()), false),
                q == shown)).toList();
    }

    /**
     * The workspace's address with the current filters and sort and the given changes, built from the decoded
     * parameters so that a Chinese search is encoded exactly once; the page is kept for the list refreshing itself.
     */
    static String link(HttpServletRequest request, Map<String, String> changes, boolean keepPage) {
        return link(request, "/requests", changes, keepPage);
    }

    /** The export's address: the current queue and filters (no page) and the format. */
    static String link(HttpServletRequest request, String path, Map<String, String> changes) {
        String base = link(request, path, changes, false);
        String format = changes.get("format");
        return format == null ? base : base + (base.contains("?") ? "&" : "?") + "format=" + format;
    }

    private static String link(HttpServletRequest request, String path, Map<String, String> changes,
            boolean keepPage) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getContextPath() + path);
        List<String> kept = new ArrayList<>(FILTERS);
        kept.add("queue");
        if (keepPage) {
            kept.add("page");
            kept.add("size");
        }
        for (String name : kept) {
            String value = changes.containsKey(name) ? changes.get(name) : request.getParameter(name);
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value);
            }
        }
        return b.build().encode().toUriString();
    }
}
