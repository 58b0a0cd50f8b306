package csms.system.pdf;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font every PDF is set in: WenQuanYi Micro Hei from {@code fonts/wqy-microhei.ttc} in the application
 * (Apache-2.0, licence beside it), so no font installed on the machine is needed. The collection is read once; each
 * document opens its own parser on it, because a subset is cut from the font when the document is saved and
 * parsers must not be shared between threads.
 */
final class EmbeddedFont {

    /** The CSS {@code font-family} the print layout uses. */
    static final String FAMILY = "WenQuanYi Micro Hei";
    static final String RESOURCE = "fonts/wqy-microhei.ttc";
    /** The PostScript name of the proportional face; the collection's other face is Micro Hei Mono. */
    private static final String FACE = "WenQuanYiMicroHei";

    private final byte[] collection;

    private EmbeddedFont(byte[] collection) {
        this.collection = collection;
    }

    static EmbeddedFont fromClasspath() {
        try (InputStream in = EmbeddedFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + RESOURCE + " is missing from the application");
            }
            return new EmbeddedFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the face into {@code document} for subset embedding (only the glyphs used are written). The returned
     * handle must stay open until the document has been saved.
     */
    Opened openFor(PDDocument document) throws IOException {
        TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(collection));
        try {
            TrueTypeFont face = ttc.getFontByName(FACE);
            if (face == null) {
                throw new IllegalStateException(RESOURCE + " has no face " + FACE);
            }
            return new Opened(ttc, PDType0Font.load(document, face, true));
        } catch (IOException | RuntimeException e) {
            ttc.close();
            throw e;
        }
    }

    /** The font loaded into one document, and the parser it reads glyphs from. */
    record Opened(TrueTypeCollection collection, PDFont font) implements Closeable {

        @Override
        public void close() throws IOException {
            collection.close();
        }
    }
}
