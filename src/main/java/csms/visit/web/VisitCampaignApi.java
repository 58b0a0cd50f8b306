package csms.visit.web;

import csms.shared.ExpectedVersion;
import csms.shared.PageQuery;
import csms.shared.PagedResult;
import csms.visit.CampaignChannel;
import csms.visit.CampaignDraft;
import csms.visit.CampaignProgress;
import csms.visit.CampaignRow;
import csms.visit.CampaignStatus;
import csms.visit.VisitCampaign;
import csms.visit.VisitCampaigns;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Return-visit campaigns over the API (VIS-6): list, create, read with progress, change, distribute, close.
 * Supervisors and managers only; versions from {@code If-Match} or the body (stale → 409, closed → 409); errors are
 * problem details.
 */
@RestController
@RequestMapping("/api/v1/visit-campaigns")
class VisitCampaignApi {

    private final VisitCampaigns campaigns;

    VisitCampaignApi(VisitCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** A campaign as typed over the API; {@code version} only for a change. */
    record CampaignBody(String name, String purpose, CampaignChannel channel, LocalDate dueDate,
            CampaignDraft.Selection selection, Long version) {

        CampaignDraft draft() {
            return new CampaignDraft(name, purpose, channel, dueDate, selection);
        }
    }

    /** The agents to distribute to, on the version seen. */
    record DistributeBody(List<Long> agentIds, Long version) {
    }

    /** The version seen of the campaign to close. */
    record CloseBody(Long version) {
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    PagedResult<CampaignRow> list(@RequestParam(required = false) CampaignStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return PagedResult.of(campaigns.list(status, PageQuery.of(page, size, sort)));
    }

    /** How many customers a selection finds now, before creating the campaign. */
    @PostMapping("/count")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Map<String, Long> count(@RequestBody CampaignDraft.Selection selection) {
        return Map.of("customers", campaigns.count(selection));
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<VisitCampaign> create(@RequestBody CampaignBody body) {
        VisitCampaign c = campaigns.create(body.draft());
        return ResponseEntity.created(URI.create("/api/v1/visit-campaigns/" + c.getId()))
                .eTag(ExpectedVersion.etag(c.getVersion())).body(c);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<CampaignProgress> get(@PathVariable long id) {
        CampaignProgress p = campaigns.progress(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(p.campaign().getVersion())).body(p);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<VisitCampaign> change(@PathVariable long id, @RequestBody CampaignBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        VisitCampaign c = campaigns.change(id, body.draft(), ExpectedVersion.required(ifMatch, body.version()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(c.getVersion())).body(c);
    }

    /** Distributes the selection; answers the visits per agent id. */
    @PostMapping("/{id}/distribute")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Map<Long, Integer> distribute(@PathVariable long id, @RequestBody DistributeBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        return campaigns.distribute(id, body.agentIds(), ExpectedVersion.required(ifMatch, body.version()));
    }

    /** Closes the campaign; answers how many open visits were cancelled. */
    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('SUPERVISOR')")
    Map<String, Integer> close(@PathVariable long id, @RequestBody(required = false) CloseBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long version = ExpectedVersion.required(ifMatch, body == null ? null : body.version());
        return Map.of("cancelledVisits", campaigns.close(id, version));
    }
}
