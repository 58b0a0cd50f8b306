package csms.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.random.RandomGenerator;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Generates realistic Chinese people, companies, phone numbers and addresses from word lists, repeatably for a
 * given random generator. Used by the demo data set and by the search benchmark.
 */
public final class ChineseData {

    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "135", "136", "137", "138",
            "139", "150", "151", "152", "155", "157", "158", "159", "166", "176", "177", "180", "181", "182", "186",
            "187", "188", "189", "191", "198", "199");

    private final RandomGenerator random;
    private final List<String> surnames;
    private final List<String> given;
    private final List<String> cities;
    private final List<String> areaCodes;
    private final List<String> districts;
    private final List<String> streets;
    private final List<String> companyWords;
    private final List<String> industries;
    private final List<String> companySuffixes;
    private final List<String> services;
    private final List<String> jobTitles;
    private final List<String> notes;

    public ChineseData(RandomGenerator random) {
        this.random = random;
        Properties p = load();
        surnames = words(p, "surnames");
        given = words(p, "given");
        cities = words(p, "cities");
        areaCodes = words(p, "area_codes");
        districts = words(p, "districts");
        streets = words(p, "streets");
        companyWords = words(p, "company_words");
        industries = words(p, "industries");
        companySuffixes = words(p, "company_suffixes");
        services = words(p, "services");
        jobTitles = words(p, "job_titles");
        notes = words(p, "notes");
    }

    /** A person's name; common surnames come up more often, as in real life. */
    public String personName() {
        int i = (int) Math.min(surnames.size() - 1, Math.abs(random.nextGaussian()) * surnames.size() / 3);
        return surnames.get(i) + pick(given);
    }

    /** A city index shared by the company, landline and address of one customer. */
    public int city() {
        return random.nextInt(cities.size());
    }

    public String companyName(int city) {
        return cities.get(city) + pick(companyWords) + pick(industries) + pick(companySuffixes);
    }

    /** The words company names are made of (华信, 恒达, …), e.g. to search by one of them. */
    public List<String> companyWords() {
        return companyWords;
    }

    public String mobile() {
        return pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
    }

    public String landline(int city) {
        String area = areaCodes.get(city);
        int digits = area.length() == 3 ? 8 : 7;
        int first = 2 + random.nextInt(7);
        return area + "-" + first + String.format("%0" + (digits - 1) + "d", random.nextInt((int) Math.pow(10, digits - 1)));
    }

    public String address(int city) {
        return cities.get(city) + "市" + pick(districts) + pick(streets) + (1 + random.nextInt(999)) + "号";
    }

    /** An email address for a person or company name (its pinyin as the mailbox name). */
    public String emailFor(String name) {
        StringBuilder latin = new StringBuilder();
        for (char c : name.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0) {
                latin.append(readings[0].replaceAll("[^a-z]", ""));
            }
            if (latin.length() >= 16) {
                break;
            }
        }
        return email(latin.isEmpty() ? "kehu" : latin.toString());
    }

    public String email(String latinName) {
        return latinName + (random.nextInt(900) + 100) + "@" + pick(List.of("qq.com", "163.com", "126.com", "sina.com", "outlook.com"));
    }

    public String services() {
        String a = pick(services);
        String b = pick(services);
        return a.equals(b) ? a : a + "、" + b;
    }

    public String jobTitle() {
        return pick(jobTitles);
    }

    public String note() {
        return pick(notes);
    }

    /** Annual sales in yuan, skewed: many small customers, a few big ones. */
    public BigDecimal annualSales() {
        double v = Math.exp(9 + random.nextGaussian() * 1.6);
        return BigDecimal.valueOf(Math.min(v, 50_000_000)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Business potential 1–5. */
    public int potential() {
        return 1 + Math.min(4, (int) Math.abs(random.nextGaussian() * 1.6));
    }

    /** A number in [0, 1). */
    public double fraction() {
        return random.nextDouble();
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static List<String> words(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("demo/zh-data.properties lacks " + key);
        }
        return List.of(v.trim().split("\\s+"));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (var in = ChineseData.class.getResourceAsStream("/demo/zh-data.properties")) {
            if (in == null) {
                throw new IllegalStateException("demo/zh-data.properties missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
