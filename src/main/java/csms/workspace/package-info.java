/** The signed-in user's home page: the work that is theirs now, most urgent first. */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace", allowedDependencies = { "customer", "identity", "service" })
package csms.workspace;
