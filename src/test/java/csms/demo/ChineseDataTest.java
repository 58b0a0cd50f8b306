package csms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import csms.shared.PhoneNumber;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChineseDataTest {

    @Test
    void generatesValidPhoneNumbersAndChineseNames() {
        ChineseData data = new ChineseData(new Random(42));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            int city = data.city();
            assertThat(PhoneNumber.isValid(data.mobile())).isTrue();
            assertThat(PhoneNumber.isValid(data.landline(city))).as(data.landline(city)).isTrue();
            String name = data.personName();
            assertThat(name).matches("\\p{IsHan}{2,4}");
            names.add(name);
            assertThat(data.potential()).isBetween(1, 5);
            assertThat(data.annualSales().signum()).isPositive();
        }
        assertThat(names).as("names vary").hasSizeGreaterThan(500);
    }

    @Test
    void isRepeatableForTheSameSeed() {
        assertThat(new ChineseData(new Random(7)).personName()).isEqualTo(new ChineseData(new Random(7)).personName());
    }
}
