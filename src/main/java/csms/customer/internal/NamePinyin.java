package csms.customer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin of a name for searching (CUS-9): 张三 → "zhangsan" and initials "zs"; lowercase, no tones, ü as v.
 * Latin words and digits are kept as words of their own ("张三Tom" → "zhangsantom", "zst").
 */
public final class NamePinyin {

    /** Surnames whose usual reading is not pinyin4j's first one, applied to a name's first character only. */
    private static final Map<Character, String> SURNAMES = Map.of('曾', "zeng", '单', "shan", '仇', "qiu",
            '解', "xie", '区', "ou", '查', "zha", '朴', "piao", '盖', "ge", '覃', "qin", '乐', "yue");

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private NamePinyin() {
    }

    /** All syllables and latin words joined: "zhangsan". Null for a blank name. */
    public static String full(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? null : limit(String.join("", words), 600);
    }

    /** The first letter of every syllable and latin word: "zs". Null for a blank name. */
    public static String initials(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        words.forEach(w -> sb.append(w.charAt(0)));
        return limit(sb.toString(), 100);
    }

    /** The name as searchable words: one per Chinese character, one per run of letters or digits. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        StringBuilder latin = new StringBuilder();
        String s = name.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String syllable = syllable(c, i == 0);
            if (syllable != null) {
                flush(latin, words);
                words.add(syllable);
            } else if (Character.isLetterOrDigit(c)) {
                latin.append(Character.toLowerCase(c));
            } else {
                flush(latin, words);
            }
        }
        flush(latin, words);
        return words;
    }

    private static String syllable(char c, boolean first) {
        if (c < 0x3000) {
            return null;
        }
        if (first && SURNAMES.containsKey(c)) {
            return SURNAMES.get(c);
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? null : readings[0].toLowerCase(Locale.ROOT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flush(StringBuilder latin, List<String> words) {
        if (!latin.isEmpty()) {
            words.add(latin.toString());
            latin.setLength(0);
        }
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
