package csms.pay.web;

import csms.pay.PayKind;
import csms.pay.PayProfile;
import csms.pay.PayProfileInput;
import csms.pay.StaffLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;

/** The pay profile form; {@code version} is null for a new profile. */
record PayProfileForm(BigDecimal postWage, PayKind kind, StaffLevel level,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn,
        @DateTimeFormat(pattern = "yyyy-MM") YearMonth trialUntil, Long version) {

    static PayProfileForm of(PayProfile p) {
        return p == null ? new PayProfileForm(null, PayKind.AGENT, StaffLevel.STAFF, null, null, null)
                : new PayProfileForm(p.getPostWage().amount(), p.getKind(), p.getLevel(), p.getHiredOn(),
                        p.getTrialUntil(), p.getVersion());
    }

    PayProfileInput input() {
        return new PayProfileInput(postWage, kind, level, hiredOn, trialUntil, version);
    }
}
