/**
 * The customer archive 客户档案: records, classification by the configurable standard, search (pinyin too),
 * confidentiality, assignment to agents and their first-contact duty, import and export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer archive",
        allowedDependencies = { "identity", "audit", "system", "system :: spreadsheet" })
package csms.customer;
