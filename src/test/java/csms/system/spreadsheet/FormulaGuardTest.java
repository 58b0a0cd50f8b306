package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+86 138", "-2", "@SUM(A1)", "\t=x", "\r=x", "  =cmd|' /C calc'!A0",
        "\u3000=全角空格后", "'=1+1", "''-x" })
    void quotesTextThatASpreadsheetCouldTakeForAFormula(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "普通文本", "张三", "a=b", "13800138000", "", "   ", "'hello", "O'Brien", "1-2" })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "-2", "  =cmd", "'=x", "''=x", "'hello", "''", "'", "普通", "\t\t" })
    void restoreUndoesNeutraliseExactly(String text) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "'hello", "'", "'123" })
    void restoreKeepsAQuoteThatOurExportsWouldNotHaveAdded(String cell) {
        assertThat(FormulaGuard.restore(cell)).isEqualTo(cell);
    }
}
