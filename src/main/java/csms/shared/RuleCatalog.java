package csms.shared;

import java.util.List;

/** Implemented by a bean in each module that has configurable rules; the settings page lists them all. */
public interface RuleCatalog {

    List<RuleKey> rules();
}
