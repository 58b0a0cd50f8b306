package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;

import csms.customer.CustomerImportValues.PhoneText;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reading the cells of a customer import as people fill them in, with the real message bundles. */
class CustomerImportValuesTest {

    static final CustomerImportValues VALUES = new CustomerImportValues(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/customer");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void severalNumbersAreSplitAtChineseAndLatinSeparators() {
        assertThat(CustomerImportValues.phones("13812345678、13912345678，010-62345678;021 61234567/ 0755-83123456"))
                .extracting(PhoneText::number)
                .containsExactly("13812345678", "13912345678", "010-62345678", "021 61234567", "0755-83123456");
    }

    @Test
    void spacesSplitOnlyWhenEachPartIsANumber() {
        assertThat(CustomerImportValues.phones("138 1234 5678")).extracting(PhoneText::number)
                .containsExactly("138 1234 5678");
        assertThat(CustomerImportValues.phones("13812345678 13912345678")).extracting(PhoneText::number)
                .containsExactly("13812345678", "13912345678");
        assertThat(CustomerImportValues.phones("13812345678 123")).singleElement()
                .satisfies(p -> assertThat(p.valid()).isFalse());
    }

    @Test
    void aLabelInBracketsAfterTheNumberIsKept() {
        assertThat(CustomerImportValues.phones("13812345678(手机)、010-62345678（总机）、(010)62345678"))
                .containsExactly(new PhoneText("13812345678", "手机", true), new PhoneText("010-62345678", "总机", true),
                        new PhoneText("(010)62345678", null, true));
    }

    @Test
    void enumValuesAreFoundByNameLabelOrAliasInEitherLanguage() {
        assertThat(VALUES.kinds().find("机构")).isEqualTo(CustomerKind.ORGANISATION);
        assertThat(VALUES.kinds().find("单位")).isEqualTo(CustomerKind.ORGANISATION);
        assertThat(VALUES.kinds().find(" organisation ")).isEqualTo(CustomerKind.ORGANISATION);
        assertThat(VALUES.kinds().find("ＰＥＲＳＯＮ")).isEqualTo(CustomerKind.PERSON);
        assertThat(VALUES.salutations().find("女士")).isEqualTo(Salutation.MS);
        assertThat(VALUES.salutations().find("Mr.")).isEqualTo(Salutation.MR);
        assertThat(VALUES.sources().find("业务员拜访")).isEqualTo(CustomerSource.SALES_VISIT);
        assertThat(VALUES.sources().find("Walk-in")).isEqualTo(CustomerSource.WALK_IN);
        assertThat(VALUES.kinds().find("外星人")).isNull();
        assertThat(VALUES.kinds().accepted(Locale.ENGLISH)).isEqualTo("Person, Organisation");
    }
}
