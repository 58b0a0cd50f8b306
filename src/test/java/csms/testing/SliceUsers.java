package csms.testing;

import csms.identity.SignedInUser;
import csms.shared.Role;
import java.util.EnumSet;

/** Principals for slice tests, built directly (no database): one per role set, with a fixed id. */
public final class SliceUsers {

    private SliceUsers() {
    }

    public static SignedInUser user(long id, Role first, Role... more) {
        return new SignedInUser(id, "user" + id, "{noop}x", true, "用户" + id, 10L, "A" + id, "zh-CN",
                EnumSet.of(first, more));
    }

    public static SignedInUser agent() {
        return user(7L, Role.AGENT);
    }

    public static SignedInUser supervisor() {
        return user(8L, Role.SUPERVISOR);
    }

    public static SignedInUser hr() {
        return user(9L, Role.HR);
    }

    public static SignedInUser admin() {
        return user(1L, Role.ADMIN);
    }
}
