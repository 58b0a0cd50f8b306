package csms.system.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's messages to the application's logging instead of its own console handler. Its INFO
 * chatter (timings, "fast-mode renderer") is logged at DEBUG; warnings such as unparseable CSS stay warnings.
 */
final class RendererLog implements XRLogger {

    private RendererLog() {
    }

    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
            XRLog.setLoggerImpl(new RendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(msg, th);
        } else {
            logger.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are configured in the application's logging, not by the renderer.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int level = diagnostic.getLevel().intValue();
        return level >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
                : level >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
    }
}
