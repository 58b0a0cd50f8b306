package csms.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a spoken script addresses the customer: 先生, 女士, the neutral form when unknown, no surname (SCR-1). */
class ScriptValuesTest {

    private static final String CLOSING = "{customer.surname}{customer.title},感谢您的来电,再见!";
    private static final String NOISY = "对不起,{customer.title},您的电话听不清楚。";

    private static ScriptValues customer(String title, String surname) {
        return ScriptValues.forCustomer(title, surname, "A007", null, null, null)
                .withDefaults("华东客服有限公司", "华东客服中心", "2026-12-02");
    }

    @Test
    void aMaleCustomerIsMrWithHisSurname() {
        assertThat(customer("先生", "张").fill(CLOSING)).isEqualTo("张先生,感谢您的来电,再见!");
        assertThat(customer("先生", "张").fill(NOISY)).isEqualTo("对不起,先生,您的电话听不清楚。");
    }

    @Test
    void aFemaleCustomerIsMsWithHerCompoundSurname() {
        assertThat(customer("女士", Placeholders.surnameOf("欧阳娜娜")).fill(CLOSING)).isEqualTo("欧阳女士,感谢您的来电,再见!");
    }

    @Test
    void anUnknownTitleGivesTheNeutralFormAndNeverAGuessOrNull() {
        String text = customer(null, "张").fill(CLOSING);
        assertThat(text).isEqualTo(ScriptValues.NEUTRAL_ADDRESS + ",感谢您的来电,再见!").doesNotContain("null", "张");
        assertThat(customer(" ", null).fill(NOISY)).isEqualTo("对不起," + ScriptValues.NEUTRAL_ADDRESS + ",您的电话听不清楚。");
    }

    @Test
    void aMissingSurnameLeavesTheTitleAlone() {
        assertThat(customer("女士", null).fill(CLOSING)).isEqualTo("女士,感谢您的来电,再见!");
        assertThat(customer("女士", "  ").fill("您好,{customer.surname}{customer.title}")).isEqualTo("您好,女士");
    }

    @Test
    void theOtherPlaceholdersAreFilledAndOnesWithoutAValueStayVisible() {
        ScriptValues v = ScriptValues.forCustomer("先生", "王", "A007", "宽带安装", null, "工作愉快")
                .withDefaults("华东客服有限公司", "华东客服中心", "2026-12-02");
        assertThat(v.fill("{organisation}{centre}{agent.number}号:您在{date}办理了{service},祝您{wish}!"))
                .isEqualTo("华东客服有限公司华东客服中心A007号:您在2026-12-02办理了宽带安装,祝您工作愉快!");
        assertThat(customer("先生", "王").fill("祝您{wish},{service}")).isEqualTo("祝您{wish},{service}");
    }
}
