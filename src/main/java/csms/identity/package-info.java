/** Users, roles, departments (teams), personal API tokens, sign-in throttling and first-run administrator. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = "audit")
package csms.identity;
