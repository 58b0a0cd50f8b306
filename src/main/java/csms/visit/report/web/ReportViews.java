package csms.visit.report.web;

import csms.identity.Departments;
import csms.identity.UserAccounts;
import csms.service.Satisfaction;
import csms.visit.report.SatisfactionFigures;
import csms.visit.report.SatisfactionFigures.Group;
import csms.visit.VisitCampaigns;
import csms.visit.report.VisitReportQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the reports' figures into words of the given language (the pages, Excel, PDF and mail share them). */
@Component
class ReportViews {

    private final MessageSource messages;
    private final Departments departments;
    private final UserAccounts users;
    private final VisitCampaigns campaigns;

    ReportViews(MessageSource messages, Departments departments, UserAccounts users, VisitCampaigns campaigns) {
        this.messages = messages;
        this.departments = departments;
        this.users = users;
        this.campaigns = campaigns;
    }

    SatisfactionView satisfaction(SatisfactionFigures f, Locale locale) {
        String none = text("visitreport.none", locale);
        return new SatisfactionView(f, filters(f.query(), locale),
                Arrays.stream(Satisfaction.values()).map(s -> text("complaint.satisfaction." + s, locale)).toList(),
                named(f.byAgent(), none), named(f.byDepartment(), none), named(f.byGrade(), none), f.byMonth());
    }

    /** The period and the chosen filters in words, for the printed reports and the mail. */
    List<String> filters(VisitReportQuery q, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("servicestats.period", new Object[] { q.from().toString(), q.to().toString() },
                locale));
        Optional.ofNullable(q.departmentId()).ifPresent(d -> lines.add(text("visitreport.department", locale) + ": "
                + departments.get(d).getName()));
        Optional.ofNullable(q.agentId()).ifPresent(a -> lines.add(text("visitreport.agent", locale) + ": "
                + users.get(a).getDisplayName()));
        Optional.ofNullable(q.kind()).ifPresent(k -> lines.add(text("visitreport.kind", locale) + ": "
                + text("visit.kind." + k, locale)));
        Optional.ofNullable(q.outcome()).ifPresent(o -> lines.add(text("visitreport.outcome", locale) + ": "
                + text("visit.outcome." + o, locale)));
        Optional.ofNullable(q.satisfaction()).ifPresent(s -> lines.add(text("visitreport.satisfaction", locale)
                + ": " + text("complaint.satisfaction." + s, locale)));
        Optional.ofNullable(q.campaignId()).ifPresent(c -> lines.add(text("visitreport.campaign", locale) + ": "
                + campaigns.get(c).getName()));
        return lines;
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static List<Group> named(List<Group> groups, String none) {
        return groups.stream().map(g -> g.label() != null ? g : new Group(none, g.visits(), g.satisfied(),
                g.average(), g.unsatisfied(), g.averageScore())).toList();
    }
}
