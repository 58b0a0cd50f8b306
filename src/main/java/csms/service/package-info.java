/**
 * Service requests 咨询 / 查询 / 投诉 and the complaint closed loop 投诉处理闭环 (SVC, CMP): registration, queues,
 * the request timeline, assignment and escalation, promises, the call record sheet, step deadlines in business
 * time with escalation of breaches, and the complaint classification statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service requests and complaints",
        allowedDependencies = { "identity", "audit", "system", "system :: calendar", "system :: pdf",
                "system :: spreadsheet", "system :: idempotency", "system :: mail", "customer", "script" })
package csms.service;
