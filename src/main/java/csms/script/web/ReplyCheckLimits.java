package csms.script.web;

/** The longest reply the check accepts, over the API and from pages (a long e-mail). */
final class ReplyCheckLimits {

    static final int MAX_TEXT = 20_000;

    private ReplyCheckLimits() {
    }
}
