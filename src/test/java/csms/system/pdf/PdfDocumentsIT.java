package csms.system.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import csms.testing.Fixtures;
import csms.testing.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** Templates rendered to PDF and read back with PDFBox: Chinese text, the embedded font, pages, failures. */
@IntegrationTest
class PdfDocumentsIT {

    static final String TITLE = "顾客投诉分类统计表";
    static final Instant GENERATED = Instant.parse("2026-11-27T01:30:00Z");

    record Row(String category, String cause, int count) {
    }

    @Autowired
    PdfDocuments pdfs;
    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void organisation() {
        fixtures.organisationSetUp();
    }

    static List<Row> rows(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> new Row("产品质量" + i, "包装破损", i)).toList();
    }

    static Map<String, Object> statistics(List<Row> rows) {
        return Map.of("title", TITLE, "period", "2026年11月", "rows", rows, "generatedAt", GENERATED);
    }

    byte[] render(String template, Map<String, ?> model, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = pdfs.render(template, model, locale, out);
        assertThat(pages).isPositive();
        return out.toByteArray();
    }

    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void chineseTextIsExtractableAndSetInTheEmbeddedFontSubset() throws IOException {
        byte[] pdf = render("pdf-test/statistics", statistics(rows(3)), Locale.SIMPLIFIED_CHINESE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = text(document, 1);
            assertThat(text).contains(TITLE, "2026年11月", "分类", "产品质量3", "包装破损");
            assertThat(text).as("header: organisation and time in Asia/Shanghai").contains("测试机构",
                    "生成时间:2026-11-27 09:30");
            assertThat(text).contains("第 1 页 / 共 1 页");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("a subset has a tag such as ABCDEF+").matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            });
        }
        assertThat(pdf.length).as("only the glyphs used, not the 5 MB font").isLessThan(150_000);
    }

    @Test
    void twoHundredRowsSpanPagesAndEveryPageHasTheHeaderTheTableHeadAndItsNumber() throws IOException {
        byte[] pdf = render("pdf-test/statistics", statistics(rows(200)), Locale.SIMPLIFIED_CHINESE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                assertThat(text(document, page)).as("page %d", page)
                        .contains("测试机构", TITLE, "第 " + page + " 页 / 共 " + pages + " 页", "分类", "件数");
            }
            assertThat(text(document, pages)).contains("产品质量200");
        }
    }

    @Test
    void anEnglishReaderGetsTheLayoutInEnglish() throws IOException {
        byte[] pdf = render("pdf-test/statistics", statistics(rows(1)), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document, 1)).contains("Page 1 of 1", "Generated 2026-11-27 09:30", "产品质量1");
        }
    }

    @Test
    void aTemplateErrorFailsBeforeAnythingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> pdfs.render("pdf-test/broken", Map.of("title", TITLE), Locale.SIMPLIFIED_CHINESE, out))
                .isInstanceOf(TemplateProcessingException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void outputThatIsNotXhtmlFailsWithAHintAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> pdfs.render("pdf-test/not-xhtml", Map.of("title", TITLE), Locale.SIMPLIFIED_CHINESE,
                out)).isInstanceOf(IllegalStateException.class).hasMessageContaining("well-formed XHTML");
        assertThat(out.size()).isZero();
    }

    @Test
    void controlCharactersFromImportedTextDoNotBreakTheDocument() throws IOException {
        List<Row> rows = List.of(new Row("产品\u000B质量\u0001", "包装\uFFFE破损", 1));

        try (PDDocument document = Loader.loadPDF(render("pdf-test/statistics", statistics(rows),
                Locale.SIMPLIFIED_CHINESE))) {
            assertThat(text(document, 1)).contains("产品质量", "包装破损");
        }
    }

    @Test
    void imagesInsideTheDocumentAreDrawnButFilesAreNeverRead(@TempDir Path dir) throws IOException {
        BufferedImage dot = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(dot, "png", png);
        Path file = dir.resolve("dot.png");
        Files.write(file, png.toByteArray());
        String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());

        assertThat(images(render("pdf-test/images", Map.of("title", TITLE, "sources", List.of(dataUri)),
                Locale.SIMPLIFIED_CHINESE))).isEqualTo(1);
        assertThat(images(render("pdf-test/images", Map.of("title", TITLE, "sources", List.of(file.toUri().toString())),
                Locale.SIMPLIFIED_CHINESE))).isZero();
    }

    static int images(byte[] pdf) throws IOException {
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        return images;
    }
}
