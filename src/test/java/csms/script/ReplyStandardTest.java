package csms.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reply check against "三要、三不" (SCR-13): what it finds, where, and what it leaves alone. */
class ReplyStandardTest {

    private static final ReplyStandard STANDARD = new ReplyStandard(List.of(
            new ReplyStandard.Phrase("请", PhraseCategory.COURTESY, null),
            new ReplyStandard.Phrase("您", PhraseCategory.COURTESY, null),
            new ReplyStandard.Phrase("再见", PhraseCategory.CLOSING, null),
            new ReplyStandard.Phrase("不行", PhraseCategory.REFUSAL, "我帮您看看其他办法"),
            new ReplyStandard.Phrase("不明白", PhraseCategory.REFUSAL, null),
            new ReplyStandard.Phrase("不能够", PhraseCategory.REFUSAL, null),
            new ReplyStandard.Phrase("不能", PhraseCategory.REFUSAL, null),
            new ReplyStandard.Phrase("烦不烦", PhraseCategory.RUDE, null),
            new ReplyStandard.Phrase("不归我管", PhraseCategory.BLAME_SHIFTING, null),
            new ReplyStandard.Phrase("你怎么不早说", PhraseCategory.BLAMING_CUSTOMER, null),
            new ReplyStandard.Phrase("你是不是在骗", PhraseCategory.DOUBTING_CUSTOMER, null),
            new ReplyStandard.Phrase("保证没问题", PhraseCategory.RASH_PROMISE, null),
            new ReplyStandard.Phrase("无理取闹", PhraseCategory.ARGUING, null),
            new ReplyStandard.Phrase("OK", PhraseCategory.RUDE, null)));

    private static final String POLITE = "张先生您好,请您稍等,我马上为您查询。";

    @Test
    void aPoliteReplyHasNoFindings() {
        assertThat(STANDARD.check(POLITE, false).isClean()).isTrue();
        assertThat(STANDARD.check("张先生,请问还有什么可以帮您?感谢您的来电,再见!", true).findings()).isEmpty();
    }

    @Test
    void aBlankReplyHasNoFindings() {
        assertThat(STANDARD.check("  ", true).isClean()).isTrue();
        assertThat(STANDARD.check(null, false).isClean()).isTrue();
    }

    @Test
    void findsARefusalWithItsPositionAndSuggestion() {
        String text = "请您理解,这个不行。";
        ReplyFinding f = STANDARD.check(text, false).findings().getFirst();
        assertThat(f.kind()).isEqualTo(FindingKind.FORBIDDEN_PHRASE);
        assertThat(f.category()).isEqualTo(PhraseCategory.REFUSAL);
        assertThat(f.phrase()).isEqualTo("不行");
        assertThat(text.substring(f.offset(), f.offset() + f.length())).isEqualTo("不行");
        assertThat(f.messageKey()).isEqualTo("script.finding.REFUSAL");
        assertThat(f.suggestion()).isEqualTo("我帮您看看其他办法");
    }

    @Test
    void findsEachKindOfForbiddenTalkInTextOrder() {
        String text = "请您别无理取闹,你怎么不早说?这不归我管,烦不烦,你是不是在骗人,保证没问题。";
        assertThat(STANDARD.check(text, false).findings()).extracting(ReplyFinding::category).containsExactly(
                PhraseCategory.ARGUING, PhraseCategory.BLAMING_CUSTOMER, PhraseCategory.BLAME_SHIFTING,
                PhraseCategory.RUDE, PhraseCategory.DOUBTING_CUSTOMER, PhraseCategory.RASH_PROMISE);
    }

    @Test
    void reportsEveryOccurrence() {
        assertThat(STANDARD.check("请您见谅:不行就是不行。", false).findings()).extracting(ReplyFinding::offset)
                .containsExactly(5, 9);
    }

    @Test
    void overlappingPhrasesAreReportedOnceAsTheLongest() {
        assertThat(STANDARD.check("请您见谅,我们不能够办理。", false).findings()).singleElement()
                .extracting(ReplyFinding::phrase).isEqualTo("不能够");
    }

    @Test
    void aPhraseInsideALongerWordIsStillFound() {
        assertThat(STANDARD.check("请您注意,车辆不行驶时请熄火。", false).findings()).extracting(ReplyFinding::phrase)
                .containsExactly("不行");
    }

    @Test
    void ignoresCaseAndFullWidthLatinLetters() {
        assertThat(STANDARD.check("请您放心,ｏｋ", false).findings()).singleElement()
                .satisfies(f -> assertThat(f.offset()).isEqualTo(5));
        assertThat(STANDARD.check("请您放心,ok", false).findings()).hasSize(1);
    }

    @Test
    void flagsMissingCourtesyOnePhraseAtATime() {
        assertThat(STANDARD.check("稍等,马上查询。", false).findings())
                .extracting(ReplyFinding::kind, ReplyFinding::phrase)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.MISSING_COURTESY, "请"),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.MISSING_COURTESY, "您"));
        assertThat(STANDARD.check("请稍等,马上为您查询。", false).findings()).isEmpty();
    }

    @Test
    void aClosingWithoutGoodbyeIsFlaggedOnlyWhenClosing() {
        String noGoodbye = "感谢您的来电,请慢走。";
        assertThat(STANDARD.check(noGoodbye, false).isClean()).isTrue();
        assertThat(STANDARD.check(noGoodbye, true).findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MISSING_CLOSING);
            assertThat(f.phrase()).isEqualTo("再见");
            assertThat(f.offset()).isNull();
            assertThat(f.messageKey()).isEqualTo("script.finding.CLOSING");
        });
    }

    @Test
    void goodbyeMustEndTheClosingPunctuationAndEmojiAside() {
        assertThat(STANDARD.check("感谢您的来电,请慢走,再见!!😊 ", true).isClean()).isTrue();
        assertThat(STANDARD.check("再见,请您稍后回电。", true).findings()).extracting(ReplyFinding::kind)
                .containsExactly(FindingKind.MISSING_CLOSING);
    }

    @Test
    void anEmptyStandardFindsNothing() {
        assertThat(new ReplyStandard(List.of()).check("这个不行", true).isClean()).isTrue();
    }
}
