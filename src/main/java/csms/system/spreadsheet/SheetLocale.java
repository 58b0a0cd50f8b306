package csms.system.spreadsheet;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * The language and time zone a spreadsheet is written in, resolved once on the request thread (a streamed body is
 * written on another thread, where the request's locale is no longer known).
 */
public record SheetLocale(MessageSource messages, Locale locale, ZoneId zone) {

    public SheetLocale {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
    }

    /** The translation of a message key, or the text itself when it is not a known key. */
    public String text(String keyOrText) {
        return messages.getMessage(keyOrText, null, keyOrText, locale);
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
