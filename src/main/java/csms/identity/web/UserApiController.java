package csms.identity.web;

import csms.shared.ExpectedVersion;

import csms.identity.NewUser;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
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

/** User administration over REST, for administrators only. */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController {

    private final UserAccounts users;

    UserApiController(UserAccounts users) {
        this.users = users;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    PageView<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return PageView.of(users.search(q, departmentId, enabled, PageQuery.of(page, size, sort)), UserView::of);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser body) {
        UserAccount user = users.create(body);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(user.getId()).toUri();
        return ResponseEntity.created(location).eTag(ExpectedVersion.etag(user.getVersion())).body(UserView.of(user));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> get(@PathVariable long id) {
        UserAccount user = users.get(id);
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(user.getVersion())).body(UserView.of(user));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> update(@PathVariable long id, @Valid @RequestBody UserUpdate body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        UserAccount user = users.update(id, body.toChanges(ExpectedVersion.required(ifMatch, body.version())));
        return ResponseEntity.ok().eTag(ExpectedVersion.etag(user.getVersion())).body(UserView.of(user));
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> disable(@PathVariable long id) {
        users.disable(id, SignedInUser.current().id());
        return get(id);
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<UserView> enable(@PathVariable long id) {
        users.enable(id);
        return get(id);
    }

    @PostMapping("/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> resetPassword(@PathVariable long id, @Valid @RequestBody PasswordReset body) {
        users.resetPassword(id, body.password());
        return ResponseEntity.noContent().build();
    }
}
