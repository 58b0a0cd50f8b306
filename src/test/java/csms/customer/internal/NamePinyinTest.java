package csms.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePinyinTest {

    @Test
    void chineseNameBecomesLowercasePinyinWithoutTones() {
        assertThat(NamePinyin.full("张三")).isEqualTo("zhangsan");
        assertThat(NamePinyin.initials("张三")).isEqualTo("zs");
    }

    @Test
    void umlautIsWrittenAsV() {
        assertThat(NamePinyin.full("吕绿")).isEqualTo("lvlv");
    }

    @Test
    void latinWordsAndDigitsAreKeptAsWordsOfTheirOwn() {
        assertThat(NamePinyin.full("张三Tom")).isEqualTo("zhangsantom");
        assertThat(NamePinyin.initials("张三Tom")).isEqualTo("zst");
        assertThat(NamePinyin.full("Tom Lee")).isEqualTo("tomlee");
        assertThat(NamePinyin.initials("Tom Lee")).isEqualTo("tl");
        assertThat(NamePinyin.full("3M中国")).isEqualTo("3mzhongguo");
        assertThat(NamePinyin.initials("3M中国")).isEqualTo("3zg");
    }

    @Test
    void punctuationAndSpacesSeparateButDoNotAppear() {
        assertThat(NamePinyin.full("李 四(北京)")).isEqualTo("lisibeijing");
        assertThat(NamePinyin.initials("李 四(北京)")).isEqualTo("lsbj");
    }

    @Test
    void surnamesWithSpecialReadingsUseTheSurnameReadingOnlyFirst() {
        assertThat(NamePinyin.full("曾小贤")).isEqualTo("zengxiaoxian");
        assertThat(NamePinyin.full("单单")).startsWith("shan");
    }

    @Test
    void blankNamesHaveNoPinyin() {
        assertThat(NamePinyin.full("  ")).isNull();
        assertThat(NamePinyin.initials(null)).isNull();
    }
}
