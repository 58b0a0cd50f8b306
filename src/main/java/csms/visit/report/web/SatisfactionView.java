package csms.visit.report.web;

import csms.shared.ChartOptions;
import csms.visit.report.SatisfactionFigures.Group;
import csms.visit.report.SatisfactionFigures.QuestionScores;
import csms.visit.report.SatisfactionFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The satisfaction analysis as shown, printed and exported: groups with translated labels, the period and filters in
 * words, the verdict names, and the charts.
 */
record SatisfactionView(SatisfactionFigures figures, List<String> filters, List<String> verdicts,
        List<Group> byAgent, List<Group> byDepartment, List<Group> byGrade, List<Group> byMonth) {

    public Group overall() {
        return figures.overall();
    }

    public List<QuestionScores> questions() {
        return figures.questions();
    }

    /** The sections of the per-group tables: name, title key, rows. */
    public List<Section> sections() {
        return List.of(new Section("agent", "visitreport.by-agent", byAgent),
                new Section("department", "visitreport.by-department", byDepartment),
                new Section("grade", "visitreport.by-grade", byGrade),
                new Section("month", "visitreport.trend", byMonth));
    }

    Map<String, Object> charts(String satisfiedShare, String averageScore) {
        Map<String, Object> charts = new LinkedHashMap<>();
        Group all = overall();
        charts.put("verdicts", ChartOptions.pie(verdicts, List.of(all.satisfied(), all.average(), all.unsatisfied())));
        charts.put("questions", ChartOptions.bar(questions().stream().map(QuestionScores::question).toList(),
                questions().stream().map(QuestionScores::average).toList()));
        charts.put("agents", ChartOptions.bar(byAgent.stream().map(Group::label).toList(),
                byAgent.stream().map(Group::satisfiedShare).toList()));
        Map<String, List<?>> trend = new LinkedHashMap<>();
        trend.put(satisfiedShare, byMonth.stream().map(g -> g.visits() == 0 ? null : g.satisfiedShare()).toList());
        trend.put(averageScore, byMonth.stream().map(Group::averageScore).toList());
        charts.put("trend", ChartOptions.lines(byMonth.stream().map(Group::label).toList(), trend));
        return charts;
    }

    /** One table of groups. */
    record Section(String name, String title, List<Group> rows) {
    }
}
