package csms.service;

/** An agent escalated a request to the supervisor with a reason (SVC-8). */
public record RequestEscalated(long requestId, Long departmentId, long byUserId, String reason) {
}
