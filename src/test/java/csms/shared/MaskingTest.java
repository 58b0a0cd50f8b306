package csms.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void hidesTheStreetPartOfAnAddress() {
        assertThat(Masking.address("上海市浦东新区世纪大道100号")).isEqualTo("上海市浦东新****");
        assertThat(Masking.address("北京")).isEqualTo("****");
    }

    @Test
    void hidesTheLocalPartOfAnEmail() {
        assertThat(Masking.email("zhangsan@example.com")).isEqualTo("z***@example.com");
        assertThat(Masking.email("broken")).isEqualTo("****");
    }

    @Test
    void leavesEmptyValuesAlone() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.address("")).isEmpty();
    }
}
