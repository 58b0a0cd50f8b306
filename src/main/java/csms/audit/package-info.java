/** Append-only audit trail: who did what, when, before → after. Every module records here. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package csms.audit;
