package csms.customer;

import static org.assertj.core.api.Assertions.assertThat;

import csms.identity.SignedInUser;
import csms.shared.PageQuery;
import csms.shared.Role;
import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CustomerArchiveIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CustomerArchive archive;

    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void searchFindsByChineseNamePinyinInitialsAndPhoneDigits() {
        SignedInUser agent = fixtures.user(Role.AGENT);
        String phone = "139" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000L);
        CustomerDetails d = Fixtures.as(agent, () -> archive.register(CustomerTestData.person("张三", phone)));
        for (String q : List.of("张三", "张", "zhangsan", "zs", "zhangs", phone.substring(3, 7))) {
            var ids = Fixtures.as(agent, () -> archive.list(CustomerFilter.text(q), PageQuery.of(0, 100, null)))
                    .map(CustomerRow::id).getContent();
            assertThat(ids).as(q).contains(d.id());
        }
    }
}
