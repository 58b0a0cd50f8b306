package csms.system.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import csms.system.Organisation;
import csms.system.OrganisationSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template to an A4 PDF set in the embedded CJK font. Templates use the application's engine
 * ({@code #{...}}, {@code @fmt}), usually through {@code fragments/print.html}, and must produce well-formed XHTML
 * because the layout engine parses XML. The model gains {@code organisationName} and {@code generatedAt} for the
 * print header. Nothing is written unless the template and the layout succeeded; resources outside the document
 * are never fetched.
 */
@Component
public class PdfDocuments {

    /** Characters XML 1.0 forbids (control characters from imported text); dropped rather than failing the report. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final OrganisationSettings organisation;
    private final Clock clock;
    private final EmbeddedFont font = EmbeddedFont.fromClasspath();

    PdfDocuments(ITemplateEngine templates, ApplicationContext context, OrganisationSettings organisation,
            Clock clock) {
        this.templates = templates;
        this.context = context;
        this.organisation = organisation;
        this.clock = clock;
        RendererLog.install();
    }

    /**
     * Renders {@code template} (e.g. {@code "report/complaints-print"}) with {@code model} in {@code locale} and
     * writes the PDF to {@code out} (left open). Returns the number of pages.
     */
    public int render(String template, Map<String, ?> model, Locale locale, OutputStream out) {
        String xhtml = xhtml(template, model, locale);
        try (PDDocument document = new PDDocument(); EmbeddedFont.Opened cjk = font.openFor(document)) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFont(new PDFontSupplier(cjk.font()), EmbeddedFont.FAMILY)
                    .withHtmlContent(xhtml, null)
                    .useExternalResourceAccessControl(PdfDocuments::embedded,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(PdfDocuments::embedded,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("CSMS");
            try (PdfBoxRenderer renderer = layOut(builder, template)) {
                renderer.createPDFWithoutClosing();
                int pages = document.getNumberOfPages();
                document.save(out);
                return pages;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF of " + template + " could not be written", e);
        }
    }

    /** Only resources inside the document ({@code data:} images) are loaded: no files, no network. */
    private static boolean embedded(String uri, ExternalResourceType type) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }

    private static PdfBoxRenderer layOut(PdfRendererBuilder builder, String template) {
        PdfBoxRenderer renderer = null;
        try {
            renderer = builder.buildPdfRenderer();
            renderer.layout();
            return renderer;
        } catch (RuntimeException e) {
            if (renderer != null) {
                renderer.close();
            }
            throw new IllegalStateException("The PDF of " + template
                    + " could not be laid out; is the template's output well-formed XHTML?", e);
        }
    }

    /** The template's output, ready for the XML parser of the PDF renderer. */
    String xhtml(String template, Map<String, ?> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.putIfAbsent("organisationName", organisation.current().map(Organisation::getName).orElse(""));
        variables.putIfAbsent("generatedAt", Instant.now(clock));
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return NOT_XML.matcher(templates.process(template, new Context(locale, variables))).replaceAll("");
    }
}
