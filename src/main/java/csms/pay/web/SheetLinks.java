package csms.pay.web;

import csms.pay.PayComponentKind;
import csms.pay.PayLine;
import java.time.YearMonth;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a figure of the pay sheet comes from (PAY-8 drill-down): commission and team bonus → the group's net sales
 * and the orders behind them, shifts → the team's roster, overtime and holiday duty → the person's overtime days,
 * deductions → the person's breaches. Other figures come from the profile or the assessment and have no link.
 */
record SheetLinks(YearMonth month) {

    /** The page behind the figure, or null. */
    public String to(PayComponentKind kind, PayLine line) {
        return switch (kind) {
            case COMMISSION, TEAM_BONUS -> line.departmentId() == null ? null
                    : link("/orders/net-sales/" + line.departmentId(), "month", month);
            case SHIFTS -> line.departmentId() == null ? null
                    : UriComponentsBuilder.fromPath("/roster").queryParam("department", line.departmentId())
                            .queryParam("month", month).build().toUriString();
            case OVERTIME, HOLIDAY_DUTY -> person("/workforce/overtime", line);
            case DEDUCTIONS -> person("/workforce/discipline", line);
            default -> null;
        };
    }

    private String person(String path, PayLine line) {
        return UriComponentsBuilder.fromPath(path).queryParam("month", month).queryParam("userId", line.userId())
                .build().toUriString();
    }

    private static String link(String path, String name, Object value) {
        return UriComponentsBuilder.fromPath(path).queryParam(name, value).build().toUriString();
    }
}
