package csms.system.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * A 200,000-row export runs from a generator without collecting rows: bytes reach the output while rows are still
 * being generated, and no shared-string table grows with the data. (No timing assertions.)
 */
class StreamingExportTest {

    static final int ROWS = 200_000;

    record Line(long id, String name) {
    }

    /** Counts what has reached the output so far. */
    static final class Counting extends ByteArrayOutputStream {
        final AtomicLong bytes = new AtomicLong();

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            bytes.addAndGet(len);
        }

        @Override
        public synchronized void write(int b) {
            super.write(b);
            bytes.incrementAndGet();
        }
    }

    static final SpreadsheetExport<Line> EXPORT = SpreadsheetExport.of("customer.title",
            SpreadsheetColumn.number("customer.visits", Line::id), SpreadsheetColumn.text("customer.name", Line::name));

    @Test
    void twoHundredThousandRowsAreWrittenAsTheyAreGenerated() throws IOException {
        Counting out = new Counting();
        List<Long> bytesSeenWhileGenerating = new ArrayList<>();
        Stream<Line> generator = LongStream.rangeClosed(1, ROWS).mapToObj(i -> {
            if (i % 50_000 == 0) {
                bytesSeenWhileGenerating.add(out.bytes.get());
            }
            return new Line(i, "客户-" + i + "-=" + Long.toHexString(i * 31));
        });

        long written = EXPORT.write(SpreadsheetFormat.XLSX, generator, out, Sheets.chinese());

        assertThat(written).isEqualTo(ROWS);
        assertThat(bytesSeenWhileGenerating).hasSize(4);
        assertThat(bytesSeenWhileGenerating.get(0)).isPositive();
        assertThat(bytesSeenWhileGenerating).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        assertThat(bytesSeenWhileGenerating.get(3)).isLessThan(out.bytes.get());
        assertThat(sharedStringsSize(out.toByteArray())).isLessThan(1_000);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()));
                Stream<Row> rows = book.getFirstSheet().openStream()) {
            long[] countAndLast = { 0, 0 };
            rows.forEach(r -> {
                countAndLast[0]++;
                if (r.getRowNum() == ROWS + 1) {
                    assertThat(r.getCellText(1)).isEqualTo("客户-200000-=" + Long.toHexString(200_000L * 31));
                    countAndLast[1] = r.getCell(0).asNumber().longValue();
                }
            });
            assertThat(countAndLast[0]).isEqualTo(ROWS + 1);
            assertThat(countAndLast[1]).isEqualTo(ROWS);
        }
    }

    @Test
    void csvOfTwoHundredThousandRowsIsWrittenAsItIsGenerated() throws IOException {
        Counting out = new Counting();
        List<Long> bytesSeenWhileGenerating = new ArrayList<>();
        Stream<Line> generator = LongStream.rangeClosed(1, ROWS).mapToObj(i -> {
            if (i % 50_000 == 0) {
                bytesSeenWhileGenerating.add(out.bytes.get());
            }
            return new Line(i, "客户" + i);
        });

        assertThat(EXPORT.write(SpreadsheetFormat.CSV, generator, out, Sheets.chinese())).isEqualTo(ROWS);

        assertThat(bytesSeenWhileGenerating.get(0)).isPositive();
        assertThat(bytesSeenWhileGenerating).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        assertThat(Sheets.readCsv(out.toByteArray())).hasSize(ROWS + 1);
    }

    private static long sharedStringsSize(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
                return entry == null ? 0 : zip.getInputStream(entry).readAllBytes().length;
            }
        } finally {
            Files.delete(file);
        }
    }
}
