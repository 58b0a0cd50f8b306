package csms.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.shared.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order in which a script is spoken, with its waits and repetitions (SCR-1, SCR-2). */
class ScriptBeatTest {

    @Test
    void aSilentCallGreetsRepeatsTwiceThenApologisesAndEnds() {
        List<ScriptBeat> beats = ScriptBeat.sequence(List.of(ScriptStep.of("您好!客服中心为您服务", 3, null),
                ScriptStep.of("您好!这里是客服中心", 3, 2), ScriptStep.of("对不起,您的电话没有声音,再见!", null, null)));
        assertThat(beats).extracting(ScriptBeat::text).containsExactly("您好!客服中心为您服务", "您好!这里是客服中心",
                "您好!这里是客服中心", "对不起,您的电话没有声音,再见!");
        assertThat(beats).extracting(ScriptBeat::waitSeconds).containsExactly(3, 3, 3, 0);
        assertThat(beats).extracting(ScriptBeat::round).containsExactly(1, 1, 2, 1);
        assertThat(beats.get(2).isRepeat()).isTrue();
        assertThat(beats.get(1).isRepeat()).isFalse();
    }

    @Test
    void aNoisyLineAsksLouderWaitsTenSecondsThenAsksForAnotherPhone() {
        List<ScriptBeat> beats = ScriptBeat.sequence(List.of(ScriptStep.of("请您大点声,好吗?", 10, null),
                ScriptStep.of("请您换个电话再打过来,再见!", 0, 1)));
        assertThat(beats).hasSize(2);
        assertThat(beats.get(0).waitSeconds()).isEqualTo(10);
        assertThat(beats.get(1).waitSeconds()).isZero();
        assertThat(beats.get(1).of()).isEqualTo(1);
    }

    @Test
    void aStepNeedsTextAndSensibleNumbers() {
        assertThatThrownBy(() -> ScriptStep.of(" ", null, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ScriptStep.of("您好", -1, null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ScriptStep.of("您好", null, 0)).isInstanceOf(RuleViolation.class);
        assertThat(ScriptStep.of(" 您好 ", 0, 1)).isEqualTo(new ScriptStep("您好", null, null));
    }
}
