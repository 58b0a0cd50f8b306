package csms.service;

/** A major complaint is a crisis event 危机事件: the department manager and the general manager are told at once (CMP-8). */
public record CrisisDeclared(long requestId, long customerId, Long departmentId) {
}
