package csms.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "13812345678, 13812345678",
        "'+86 138 1234 5678', 13812345678",
        "0086-13812345678, 13812345678",
        "138-1234-5678, 13812345678",
        "01012345678, 010-12345678",
        "010-12345678, 010-12345678",
        "(0755)2345678, 0755-2345678",
        "075523456789, 0755-23456789",
        "021-12345678-123, 021-12345678-123" })
    void normalisesMobilesAndLandlines(String raw, String normal) {
        assertThat(PhoneNumber.of(raw).value()).isEqualTo(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12345", "12812345678", "1381234567", "138123456789", "abc", "010-123", "10-12345678" })
    void refusesWhatIsNotAChinesePhoneNumber(String raw) {
        assertThatThrownBy(() -> PhoneNumber.of(raw)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("phone");
    }

    @ParameterizedTest
    @CsvSource({ "13812345678, 138****5678", "010-12345678, 010-****5678", "0755-2345678, 0755-****5678" })
    void masksTheMiddle(String phone, String masked) {
        assertThat(PhoneNumber.of(phone).masked()).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource({ "13812345678, 13812345678", "010-12345678, 01012345678" })
    void exposesDigitsForSearch(String phone, String digits) {
        assertThat(PhoneNumber.of(phone).digits()).isEqualTo(digits);
    }
}
