package csms.service.web;

import csms.service.Channel;
import csms.service.ComplaintStage;
import csms.service.Priority;
import csms.service.PromiseView;
import csms.service.ReferralView;
import csms.service.RequestDetails;
import csms.service.RequestRow;
import csms.service.RequestStatus;
import csms.service.RequestType;
import csms.service.Severity;
import java.time.Instant;

/** Views the mocked facades answer in controller slices. */
final class SampleViews {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    private SampleViews() {
    }

    static RequestDetails request(long id, long version) {
        return new RequestDetails(id, RequestType.CONSULTATION, Channel.PHONE, 42L, "张三", 0, "咨询检测周期", null,
                Priority.NORMAL, null, RequestStatus.OPEN, 10L, "客服一组", 7L, "用户7", 7L, "用户7", AT, AT,
                AT.plusSeconds(3600), null, false, null, null, null, null, null, null, null, true, false, false,
                version);
    }

    static RequestRow row(long id) {
        return new RequestRow(id, RequestType.COMPLAINT, Channel.PHONE, 42L, "张三", 1, "报告延误投诉",
                Priority.HIGH, RequestStatus.OPEN, ComplaintStage.APPROVAL, Severity.GENERAL, false, 10L, "客服一组",
                7L, "用户7", AT.plusSeconds(3600), false, true, false, "报告", AT, AT, 0L);
    }

    static PromiseView promise(long id, long version) {
        return new PromiseView(id, 5L, "咨询检测周期", "张三", 7L, "用户7", "明天上午回电告知结果",
                AT.plusSeconds(86_400), null, false, version);
    }

    static ReferralView referral(long id, long version) {
        return new ReferralView(id, 5L, "咨询检测周期", "张三", "能否加急检测？", 11L, "检测部", 7L, "用户7", AT,
                AT.plusSeconds(7200), null, null, null, null, false, version);
    }
}
