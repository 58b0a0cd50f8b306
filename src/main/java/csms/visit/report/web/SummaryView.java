package csms.visit.report.web;

import csms.visit.report.VisitSummary;
import java.util.List;

/** The summary report as shown and printed: the figures and the period and filters in words. */
record SummaryView(VisitSummary summary, List<String> filters) {
}
