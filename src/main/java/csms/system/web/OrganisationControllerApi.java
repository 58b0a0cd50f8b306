package csms.system.web;

import csms.shared.ConflictException;
import csms.shared.RuleViolation;
import csms.system.Organisation;
import csms.system.OrganisationSettings;
import csms.system.web.OrganisationController.OrganisationForm;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation settings over REST, for administrators; updates carry the version (body or If-Match). */
@RestController
@RequestMapping("/api/v1/organisation")
class OrganisationControllerApi {

    private final OrganisationSettings organisation;

    OrganisationControllerApi(OrganisationSettings organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<OrganisationForm> get() {
        Organisation o = organisation.current().orElseThrow(() -> new ConflictException("setup.not-done"));
        return ResponseEntity.ok().eTag("\"" + o.getVersion() + "\"").body(OrganisationForm.of(o));
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<OrganisationForm> update(@Valid @RequestBody OrganisationForm body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Organisation o = organisation.update(body.name(), body.serviceCentreName(), body.timeZone(),
                expectedVersion(ifMatch, body.version()));
        return ResponseEntity.ok().eTag("\"" + o.getVersion() + "\"").body(OrganisationForm.of(o));
    }

    private static long expectedVersion(String ifMatch, Long bodyVersion) {
        String raw = ifMatch != null && !ifMatch.isBlank() ? ifMatch.strip().replaceFirst("^W/", "").replace("\"", "")
                : bodyVersion == null ? null : String.valueOf(bodyVersion);
        try {
            return Long.parseLong(raw == null ? "" : raw);
        } catch (NumberFormatException e) {
            throw RuleViolation.onField("version", "validation.version");
        }
    }
}
