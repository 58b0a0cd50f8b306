package csms.browser;

import csms.customer.CustomerArchive;
import csms.customer.CustomerAssignment;
import csms.customer.CustomerDetails;
import csms.customer.CustomerKind;
import csms.customer.CustomerSource;
import csms.customer.NewCustomer;
import csms.customer.PhoneEntry;
import csms.customer.Salutation;
import csms.identity.SignedInUser;
import csms.testing.Fixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Customers for browser tests, registered and assigned through the facades as a given user: Chinese names that are
 * unique in this JVM (with their pinyin and initials known in advance) and unique mobile numbers.
 */
final class CustomerData {

    /** Characters with one unambiguous reading, so the expected pinyin of a generated name is certain. */
    private static final Map<Character, String> SYLLABLES = Map.ofEntries(Map.entry('林', "lin"),
            Map.entry('梅', "mei"), Map.entry('竹', "zhu"), Map.entry('松', "song"), Map.entry('桃', "tao"),
            Map.entry('杨', "yang"), Map.entry('柳', "liu"), Map.entry('湖', "hu"), Map.entry('江', "jiang"),
            Map.entry('海', "hai"), Map.entry('山', "shan"), Map.entry('云', "yun"), Map.entry('雪', "xue"),
            Map.entry('风', "feng"), Map.entry('花', "hua"), Map.entry('月', "yue"), Map.entry('星', "xing"),
            Map.entry('光', "guang"), Map.entry('明', "ming"), Map.entry('芳', "fang"), Map.entry('伟', "wei"),
            Map.entry('静', "jing"), Map.entry('敏', "min"), Map.entry('军', "jun"), Map.entry('勇', "yong"),
            Map.entry('磊', "lei"), Map.entry('涛', "tao"), Map.entry('兰', "lan"), Map.entry('菊', "ju"),
            Map.entry('鹏', "peng"));
    private static final List<Character> CHARS = List.copyOf(SYLLABLES.keySet());
    private static final Set<String> USED_NAMES = new HashSet<>();
    private static final Set<String> USED_PHONES = new HashSet<>();

    /** A name such as 张林梅竹 with its full pinyin (zhanglinmeizhu) and initials (zlmz). */
    record ChineseName(String name, String pinyin, String initials) {

        /** The name without its surname: a Chinese part of it that is not at its start (林梅竹). */
        String givenName() {
            return name.substring(1);
        }
    }

    private CustomerData() {
    }

    /** 张 and three characters, never the same name twice in this JVM. */
    static synchronized ChineseName uniqueName() {
        while (true) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String given = random.ints(3, 0, CHARS.size()).mapToObj(i -> String.valueOf(CHARS.get(i)))
                    .collect(Collectors.joining());
            String name = "张" + given;
            if (USED_NAMES.add(name)) {
                String pinyin = "zhang" + given.chars().mapToObj(c -> SYLLABLES.get((char) c)).collect(Collectors.joining());
                String initials = "z" + given.chars().mapToObj(c -> SYLLABLES.get((char) c).substring(0, 1))
                        .collect(Collectors.joining());
                return new ChineseName(name, pinyin, initials);
            }
        }
    }

    /** A mobile number not used before in this JVM: 139 and eight random digits. */
    static synchronized String mobile() {
        while (true) {
            String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            if (USED_PHONES.add(phone)) {
                return phone;
            }
        }
    }

    /** A person customer with one mobile, an address and requested services; the source is an incoming call. */
    static NewCustomer person(String name, String mobile, String address) {
        return new NewCustomer(CustomerKind.PERSON, name, Salutation.MR, null, null, address, "咨询检测报告",
                CustomerSource.PHONE, null, null, List.of(new PhoneEntry(mobile, "手机")), List.of(), null, null,
                false, false, false, null);
    }

    /** A person customer with a business potential (1–5), for balancing. */
    static NewCustomer withPotential(String name, int potential) {
        NewCustomer p = person(name, mobile(), "上海市浦东新区世纪大道100号");
        return new NewCustomer(p.kind(), p.name(), p.salutation(), p.company(), p.email(), p.address(),
                p.requestedServices(), p.source(), null, null, p.phones(), p.contactPersons(), null, potential, false,
                false, false, null);
    }

    static CustomerDetails register(CustomerArchive archive, SignedInUser as, NewCustomer customer) {
        return Fixtures.as(as, () -> archive.register(customer));
    }

    /** Makes the agent responsible for the customer, as the given supervisor does on the assignment page. */
    static void assign(CustomerAssignment assignment, SignedInUser supervisor, long customerId, SignedInUser agent) {
        Fixtures.as(supervisor, () -> assignment.assign(List.of(customerId), agent.id()));
    }
}
