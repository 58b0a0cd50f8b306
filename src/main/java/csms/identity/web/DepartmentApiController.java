package csms.identity.web;

import csms.shared.ExpectedVersion;

import csms.identity.Department;
import csms.identity.Departments;
import csms.shared.PageQuery;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Departments over REST, for administrators only. */
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentApiController {

    private final Departments departments;

    DepartmentApiController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    PageView<DepartmentView> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return PageView.of(departments.page(PageQuery.of(page, size, sort)), DepartmentView::of);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> create(@Valid @RequestBody DepartmentForm body) {
        Department d = departments.create(body.name(), body.supervisorId());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(d.getId()).toUri();
        return ResponseEntity.created(location).eTag(ExpectedVersion.etag(d.getVersion())).body(DepartmentView.of(d));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> get(@PathVariable long id) {
        Department d = departments.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(d.getVersion())).body(DepartmentView.of(d));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> update(@PathVariable long id, @Valid @RequestBody DepartmentForm body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Department d = departments.update(id, body.name(), body.supervisorId(), ExpectedVersion.required(ifMatch, body.version()));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(d.getVersion())).body(DepartmentView.of(d));
    }
}
