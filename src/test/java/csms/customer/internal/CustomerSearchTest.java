package csms.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerSearchTest {

    @Test
    void wordsOfThreeOrMoreDigitsAreSearchedAsPhoneDigits() {
        assertThat(CustomerSearch.phoneDigits("1381")).isEqualTo("1381");
        assertThat(CustomerSearch.phoneDigits("010-8888")).isEqualTo("0108888");
        assertThat(CustomerSearch.phoneDigits("(010)12")).isEqualTo("01012");
    }

    @Test
    void shortOrNonNumericWordsAreNotPhoneDigits() {
        assertThat(CustomerSearch.phoneDigits("13")).isNull();
        assertThat(CustomerSearch.phoneDigits("张三")).isNull();
        assertThat(CustomerSearch.phoneDigits("a1381")).isNull();
    }
}
