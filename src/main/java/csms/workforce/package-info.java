/**
 * Staff and workforce 人员管理 (WFM): leave, roster and shifts, attendance, overtime, discipline, the duty rota,
 * morning meetings and work logs. It answers the pay module's questions about a month (shifts worked, overtime,
 * holiday duty, deductions) and takes the penalties of resolved complaints (CMP-5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = { "identity", "audit", "system", "system :: calendar", "system :: spreadsheet",
                "system :: mail", "service" })
package csms.workforce;
