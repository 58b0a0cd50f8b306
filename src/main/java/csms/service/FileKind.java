package csms.service;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types a request accepts, recognised from the first bytes of the content (never from the name or the
 * browser's claim alone): images, PDF, Office documents, plain text and CSV.
 */
enum FileKind {
    PNG("image/png", "png"), JPEG("image/jpeg", "jpg", "jpeg"), GIF("image/gif", "gif"), PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"), DOC("application/msword", "doc"),
    TEXT("text/plain; charset=UTF-8", "txt", "log"), CSV("text/csv; charset=UTF-8", "csv");

    private final String contentType;
    private final String[] extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    String contentType() {
        return contentType;
    }

    /** The kind the extension claims, if the content agrees with it. */
    static Optional<FileKind> recognise(String fileName, byte[] head) {
        String ext = extension(fileName);
        return Arrays.stream(values()).filter(k -> Arrays.asList(k.extensions).contains(ext))
                .filter(k -> k.matches(head)).findFirst();
    }

    private boolean matches(byte[] h) {
        return switch (this) {
            case PNG -> starts(h, 0x89, 'P', 'N', 'G');
            case JPEG -> starts(h, 0xFF, 0xD8, 0xFF);
            case GIF -> starts(h, 'G', 'I', 'F', '8');
            case PDF -> starts(h, '%', 'P', 'D', 'F');
            case XLSX, DOCX -> starts(h, 'P', 'K', 3, 4);
            case XLS, DOC -> starts(h, 0xD0, 0xCF, 0x11, 0xE0);
            case TEXT, CSV -> isText(h);
        };
    }

    private static boolean starts(byte[] h, int... sig) {
        if (h.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((h[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 without NUL bytes; the head may end inside a character, so the last 3 bytes are allowed to be cut. */
    private static boolean isText(byte[] h) {
        for (byte b : h) {
            if (b == 0) {
                return false;
            }
        }
        for (int cut = 0; cut <= Math.min(3, h.length); cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(h, 0, h.length - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try with the last bytes cut off
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
