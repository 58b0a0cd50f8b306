package csms.identity.web;

import csms.identity.ApiTokens;
import csms.identity.Departments;
import csms.identity.IssuedToken;
import csms.identity.SignedInUser;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.shared.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The caller's own profile and personal API tokens. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

    /** The global Idempotency-Key filter's request attribute for responses that must not be stored. */
    static final String OMIT_BODY_FROM_IDEMPOTENCY_RECORD = "csms.idempotency.omit-body";

    private final UserAccounts users;
    private final Departments departments;
    private final ApiTokens tokens;

    MeApiController(UserAccounts users, Departments departments, ApiTokens tokens) {
        this.users = users;
        this.departments = departments;
        this.tokens = tokens;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    MeView me() {
        UserAccount me = users.get(SignedInUser.current().id());
        String department = me.getDepartmentId() == null ? null : departments.get(me.getDepartmentId()).getName();
        return MeView.of(me, department);
    }

    @GetMapping("/tokens")
    @PreAuthorize("isAuthenticated()")
    PageView<TokenView> tokens(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        return PageView.of(tokens.ofUser(SignedInUser.current().id(), PageQuery.of(page, size, sort)), TokenView::of);
    }

    @GetMapping("/tokens/{id}")
    @PreAuthorize("isAuthenticated()")
    TokenView token(@PathVariable long id) {
        return TokenView.of(tokens.ofUser(SignedInUser.current().id(), id));
    }

    /** The secret is in this response only: kept out of caches and out of the stored idempotency record. */
    @PostMapping("/tokens")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<TokenView> issue(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        request.setAttribute(OMIT_BODY_FROM_IDEMPOTENCY_RECORD, Boolean.TRUE);
        IssuedToken issued = tokens.issue(SignedInUser.current().id(), body.name(), body.validDays());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(issued.token().getId()).toUri();
        return ResponseEntity.created(location).cacheControl(CacheControl.noStore())
                .body(TokenView.of(issued.token(), issued.secret()));
    }

    @DeleteMapping("/tokens/{id}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id, SignedInUser.current().id(), false);
        return ResponseEntity.noContent().build();
    }
}
