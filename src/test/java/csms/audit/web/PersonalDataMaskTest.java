package csms.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    private final PersonalDataMask mask = new PersonalDataMask();

    @Test
    void masksContactFieldsAndAnyPhoneNumber() {
        String changes = """
                name: ∅ → 张三
                phones: ∅ → 13812345678 (手机), 010-12345678
                email: zhang@example.com → san@example.com
                address: ∅ → 上海市浦东新区世纪大道100号
                contactPersons: ∅ → 李四 / 经理 / 13900001111 / li@example.com
                notes: ∅ → 回电 13700002222""";
        assertThat(mask.mask(changes)).isEqualTo("""
                name: ∅ → 张三
                phones: ∅ → 138****5678 (手机), 010-****5678
                email: z***@example.com → s***@example.com
                address: ∅ → 上海市浦东新****
                contactPersons: ∅ → 李四 / 经理 / 139****1111 / l***@example.com
                notes: ∅ → 回电 137****2222""");
    }

    @Test
    void leavesOtherChangesAndEmptyTextAlone() {
        assertThat(mask.mask("roles: AGENT → AGENT,SUPERVISOR\npotential: 3 → 4")).isEqualTo("roles: AGENT → AGENT,SUPERVISOR\npotential: 3 → 4");
        assertThat(mask.mask(null)).isNull();
        assertThat(mask.mask("annualSales: 1000.00 → 25000000.00")).isEqualTo("annualSales: 1000.00 → 25000000.00");
    }
}
