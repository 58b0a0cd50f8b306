/**
 * The optional demo data set (profile {@code demo}) and the realistic Chinese data generator it shares with
 * the search benchmark. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package csms.demo;
