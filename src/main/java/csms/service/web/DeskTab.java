package csms.service.web;

import csms.service.Queue;

/** A queue tab of the workspace: its count (none for the search over all requests) and its link. */
public record DeskTab(Queue queue, Long count, String link, boolean active) {

    /** Overdue and escalated work is shown in red once there is any. */
    public boolean alarming() {
        return count != null && count > 0 && (queue == Queue.OVERDUE || queue == Queue.ESCALATED);
    }
}
