package csms.service;

/** The filters of a request list; null means "any". {@code q} matches the subject or the customer's name. */
public record RequestFilter(Queue queue, String q, RequestType type, RequestStatus status, Channel channel,
        Priority priority, ComplaintStage stage, Long customerId, Long assigneeId, Long departmentId) {

    public RequestFilter {
        queue = queue == null ? Queue.ALL : queue;
        q = q == null || q.isBlank() ? null : q.strip();
    }

    public static RequestFilter of(Queue queue) {
        return new RequestFilter(queue, null, null, null, null, null, null, null, null, null);
    }
}
