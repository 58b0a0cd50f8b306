package csms.script;

import csms.audit.AuditTrail;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who makes an edit: the signed-in user's name, or "system". */
final class Editor {

    private Editor() {
    }

    static String name() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditTrail.SYSTEM_ACTOR : auth.getName();
    }
}
