package csms.visit.report.web;

/** The reports that print as PDF (and can be mailed), as named in the mail link: {@code satisfaction}, {@code summary}. */
enum PrintedReport {
    SATISFACTION("visit/report/satisfaction-print", "visitreport.satisfaction.title"),
    SUMMARY("visit/report/summary-print", "visitreport.summary.title");

    final String template;
    final String title;

    PrintedReport(String template, String title) {
        this.template = template;
        this.title = title;
    }
}
