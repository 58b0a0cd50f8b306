package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static csms.system.spreadsheet.SheetReadingTest.read;
import static csms.system.spreadsheet.SheetReadingTest.refusal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Files that cannot be imported at all are refused as a whole, with a message that says why. */
class FileRefusalTest {

    @Test
    void missingRequiredColumnRefusesTheWholeFile() {
        byte[] file = TestFiles.csv("电话,备注\n138,x\n", StandardCharsets.UTF_8, false);

        assertThat(refusal(() -> read(file, "a.csv"))).isEqualTo("spreadsheet.file.missing-columns[姓名]");
    }

    @Test
    void tooManyRowsIsRefusedButTheLimitItselfIsFine() {
        ImportLimits three = new ImportLimits(null, 3);
        byte[] exactly = TestFiles.csv("姓名\na\nb\n\nc\n", StandardCharsets.UTF_8, false);
        byte[] tooMany = TestFiles.csv("姓名\na\nb\nc\nd\n", StandardCharsets.UTF_8, false);
        byte[] tooManyXlsx = TestFiles.xlsx(List.of(List.of("姓名"), List.of("a"), List.of("b"), List.of("c"),
                List.of("d")));

        assertThat(read(exactly, "a.csv", three).rows()).hasSize(3);
        assertThat(refusal(() -> read(tooMany, "a.csv", three))).isEqualTo("spreadsheet.file.too-many-rows[3]");
        assertThat(refusal(() -> read(tooManyXlsx, "a.xlsx", three))).isEqualTo("spreadsheet.file.too-many-rows[3]");
    }

    @Test
    void tooLargeEmptyOldXlsAndOtherFilesAreRefusedClearly() {
        ImportLimits oneMegabyte = new ImportLimits(DataSize.ofMegabytes(1), null);
        byte[] big = TestFiles.csv("姓名\n" + "张三\n".repeat(200_000), StandardCharsets.UTF_8, false);
        byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 };

        assertThat(refusal(() -> read(big, "a.csv", oneMegabyte))).isEqualTo("spreadsheet.file.too-large[1]");
        assertThat(refusal(() -> read(new byte[0], "a.csv"))).isEqualTo("spreadsheet.file.empty[]");
        assertThat(refusal(() -> read(xls, "a.xls"))).isEqualTo("spreadsheet.file.xls[]");
        assertThat(refusal(() -> read("姓名".getBytes(StandardCharsets.UTF_8), "a.pdf"))).isEqualTo("spreadsheet.file.type[]");
        assertThat(refusal(() -> read("not a zip".getBytes(StandardCharsets.UTF_8), "a.xlsx")))
                .isEqualTo("spreadsheet.file.unreadable[]");
        assertThat(refusal(() -> read("\n\n".getBytes(StandardCharsets.UTF_8), "a.csv")))
                .isEqualTo("spreadsheet.file.no-header[]");
    }
}
