package csms.pay;

import csms.shared.Role;

/**
 * Who grades under a scheme (PAY-5): the department's head (its supervisor, as for 货品计划部) or a director (运营总监,
 * as for 企划部, 引流组, 售后组). The roles above the one named may grade too.
 */
public enum SchemeGrader {
    HEAD(Role.SUPERVISOR), DIRECTOR(Role.DIRECTOR);

    private final Role role;

    SchemeGrader(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }
}
