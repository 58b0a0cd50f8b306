package csms.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The customer's surname a reply template addresses them by (张先生, 欧阳女士). */
class PlaceholdersTest {

    @Test
    void theSurnameIsTheFirstCharacterOrAKnownCompoundSurname() {
        assertThat(Placeholders.surnameOf("张三")).isEqualTo("张");
        assertThat(Placeholders.surnameOf(" 王秀英 ")).isEqualTo("王");
        assertThat(Placeholders.surnameOf("欧阳修")).isEqualTo("欧阳");
        assertThat(Placeholders.surnameOf("诸葛亮")).isEqualTo("诸葛");
        assertThat(Placeholders.surnameOf("司马")).as("a two-character name is surname + given name").isEqualTo("司");
        assertThat(Placeholders.surnameOf("𠮷野家")).as("a character outside the BMP is kept whole").isEqualTo("𠮷");
        assertThat(Placeholders.surnameOf("  ")).isNull();
        assertThat(Placeholders.surnameOf(null)).isNull();
    }

    @Test
    void placeholdersWithAValueAreFilledAndTheOthersStayForTheAgentToSee() {
        Placeholders values = Placeholders.forCustomer("女士", Placeholders.surnameOf("欧阳娜娜"), null)
                .withOrganisation("华东客服有限公司", "华东客服中心");
        assertThat(values.fill("{customer.surname}{customer.title},您好!这里是{organisation}{centre},工号{agent.number}。"))
                .isEqualTo("欧阳女士,您好!这里是华东客服有限公司华东客服中心,工号{agent.number}。");
    }
}
