package csms.customer.web;

import csms.shared.ExpectedVersion;

import csms.customer.CustomerGrade;
import csms.customer.CustomerGrades;
import csms.customer.GradeDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The classification standard over REST (CUS-3): supervisors and above. */
@RestController
@RequestMapping("/api/v1/customer-grades")
@Tag(name = "Customer grades", description = "Classification standard 客户分类管理标准")
class CustomerGradeApiController {

    private final CustomerGrades grades;

    CustomerGradeApiController(CustomerGrades grades) {
        this.grades = grades;
    }

    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "The grades in rank order (best first)")
    List<CustomerGrade> list() {
        return grades.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<CustomerGrade> get(@PathVariable long id) {
        CustomerGrade g = grades.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(g.getVersion())).body(g);
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Add a grade")
    ResponseEntity<CustomerGrade> create(@Valid @RequestBody GradeDefinition definition) {
        CustomerGrade g = grades.create(definition);
        return ResponseEntity.created(URI.create("/api/v1/customer-grades/" + g.getId()))
                .eTag(ExpectedVersion.etag(g.getVersion())).body(g);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Change a grade", description = "Version in the body or If-Match; stale answers 409.")
    ResponseEntity<CustomerGrade> revise(@PathVariable long id, @Valid @RequestBody GradeDefinition d,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long version = ExpectedVersion.resolve(ifMatch, d.version());
        GradeDefinition withVersion = new GradeDefinition(d.code(), d.name(), d.criteria(), d.minAnnualSales(),
                d.minPotential(), d.requiresAgreement(), d.rankOrder(), version);
        CustomerGrade g = grades.revise(id, withVersion);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(g.getVersion())).body(g);
    }

    @PostMapping("/reclassification")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Set every active customer's grade by the current standard")
    Map<String, Integer> reclassify() {
        return Map.of("changed", grades.reclassifyAll());
    }
}
