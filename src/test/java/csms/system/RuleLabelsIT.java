package csms.system;

import static org.assertj.core.api.Assertions.assertThat;

import csms.shared.RuleCatalog;
import csms.shared.RuleKey;
import csms.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** Every configurable rule of every module has a label and a unit in both languages (the rules page shows them). */
@IntegrationTest
class RuleLabelsIT {

    @Autowired
    List<RuleCatalog> catalogs;

    @Autowired
    MessageSource messages;

    @Test
    void everyRuleHasALabelAndAUnitInChineseAndEnglish() {
        List<String> missing = new ArrayList<>();
        List<RuleKey> all = catalogs.stream().flatMap(c -> c.rules().stream()).toList();
        assertThat(all).isNotEmpty();
        for (RuleKey rule : all) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                for (String code : List.of(rule.labelKey(), "unit." + rule.unit())) {
                    try {
                        messages.getMessage(code, null, locale);
                    } catch (NoSuchMessageException e) {
                        missing.add(code + " [" + locale + "]");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
