package csms.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = { "short1!", "password", "12345678", "woaini1314", "iloveyou", "qwertyuiop" })
    void refusesShortAndCommonPasswords(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "li.lei")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesAPasswordContainingTheUserName() {
        assertThatThrownBy(() -> PasswordPolicy.check("xx-li.lei-2026", "li.lei")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void acceptsALongUncommonPassword() {
        assertThatCode(() -> PasswordPolicy.check("Kefu#Zhongxin-2026", "li.lei")).doesNotThrowAnyException();
    }
}
