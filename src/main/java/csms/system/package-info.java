/**
 * The application shell: first-run setup and organisation settings, configurable rule values, security,
 * error handling, request hygiene, idempotent API creation, i18n and the page layout.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = { "identity", "audit" })
package csms.system;
