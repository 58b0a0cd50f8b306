/**
 * The optional demo data set (profile {@code demo}): {@link csms.demo.DemoLoader} fills an empty database through
 * the real facades; {@link csms.demo.ChineseData} generates the realistic Chinese records it shares with the search
 * benchmark. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = { "identity", "system", "customer" })
package csms.demo;
