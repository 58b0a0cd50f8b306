package csms.system.spreadsheet;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download: an ASCII {@code filename} for old clients and the exact UTF-8 name
 * in {@code filename*} (RFC 6266 / RFC 5987), so Chinese names such as {@code 客户档案-2026-11-27.xlsx} survive.
 */
public final class Attachment {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Attachment() {
    }

    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().filter(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';')
                .forEach(ascii::appendCodePoint);
        String name = ascii.toString().strip();
        return name.isEmpty() || name.startsWith("-") || name.startsWith(".") ? "export" + name : name;
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
