package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellParsingTest {

    @ParameterizedTest
    @ValueSource(strings = { "2026-11-27", "2026/11/27", "2026.11.27", "2026年11月27日", "20261127", "2026-11-27 00:00",
        "２０２６－１１－２７" })
    void readsTheWaysPeopleWriteDates(String text) {
        assertThat(CellParsing.date(text)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2026-02-30", "27.11.2026", "明天", "2026-11-27 09:30", "2026-11" })
    void refusesWhatIsNotADate(String text) {
        assertThat(CellParsing.date(text)).isNull();
    }

    @Test
    void readsDateTimes() {
        assertThat(CellParsing.dateTime("2026-11-27 09:30")).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 30));
        assertThat(CellParsing.dateTime("2026-11-27T09:30:45")).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 30, 45));
        assertThat(CellParsing.dateTime("2026-11-27 25:00")).isNull();
    }

    @Test
    void readsNumbersWithSeparatorsAndFullWidthDigits() {
        assertThat(CellParsing.wholeNumber("1,200")).isEqualTo(1200L);
        assertThat(CellParsing.wholeNumber("１２")).isEqualTo(12L);
        assertThat(CellParsing.wholeNumber("-2")).isEqualTo(-2L);
        assertThat(CellParsing.wholeNumber("12.0")).isEqualTo(12L);
        assertThat(CellParsing.wholeNumber("12.5")).isNull();
        assertThat(CellParsing.wholeNumber("1,20")).isNull();
        assertThat(CellParsing.decimal("1,234.50")).isEqualByComparingTo("1234.5");
        assertThat(CellParsing.decimal("abc")).isNull();
        assertThat(CellParsing.decimal("1e5")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "是", "true", "TRUE", "Yes", "Y", "y", "1" })
    void readsYes(String text) {
        assertThat(CellParsing.bool(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "否", "false", "FALSE", "No", "N", "0" })
    void readsNo(String text) {
        assertThat(CellParsing.bool(text)).isFalse();
    }

    @Test
    void refusesOtherBooleans() {
        assertThat(CellParsing.bool("也许")).isNull();
        assertThat(CellParsing.bool("2")).isNull();
    }
}
