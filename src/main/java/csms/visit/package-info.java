/**
 * Return visits 回访 (VIS, CMP-7): visits planned from the service module's events outside the customer's quiet
 * hours, the agent's visit list and visit screen with the questionnaire, the coverage of the 100% rule, and the
 * unsatisfied answer that opens a request or reopens the complaint (VIS-8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Return visits",
        allowedDependencies = { "identity", "audit", "system", "system :: pdf", "system :: spreadsheet",
                "system :: mail", "system :: calendar", "customer", "service", "script" })
package csms.visit;
