/**
 * Standard phrases and scripts 服务用语 / 话术 (SCR, CMP-9): the written-reply quality check against "三要、三不"
 * with its word lists, and reply templates with placeholders that agents insert into their replies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scripts and reply quality",
        allowedDependencies = { "identity", "audit", "system", "system :: spreadsheet" })
package csms.script;
