package csms.system.calendar;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the bundled public holidays (classpath {@code calendar/holidays-cn/<year>.json}) into the calendar when
 * the application starts, before it serves requests. Each year is loaded once ever: the year is claimed first
 * (its primary key lets one node win, the other skips), dates that already have a day keep it, and a year once
 * loaded is never loaded again, so the administrator's changes and removals survive restarts.
 */
@Component
class DefaultHolidays implements SmartInitializingSingleton {

    static final String BUNDLED = "classpath:calendar/holidays-cn/*.json";
    private static final Logger log = LoggerFactory.getLogger(DefaultHolidays.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final BusinessCalendar calendar;
    private final JsonMapper json;
    private final Clock clock;
    private final String location;

    DefaultHolidays(JdbcClient jdbc, TransactionTemplate transaction, AuditTrail audit, BusinessCalendar calendar,
            JsonMapper json, Clock clock, @Value("${csms.calendar.defaults:" + BUNDLED + "}") String location) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.calendar = calendar;
        this.json = json;
        this.clock = clock;
        this.location = location;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loadMissingYears();
    }

    /** Loads every bundled year not loaded before; returns how many days were added. */
    int loadMissingYears() {
        int added = 0;
        for (HolidayFile file : bundledFiles()) {
            if (isLoaded(file.year())) {
                continue;
            }
            try {
                added += transaction.execute(status -> load(file));
            } catch (DuplicateKeyException e) {
                log.info("Public holidays of {} are being loaded by another node", file.year());
            }
        }
        if (added > 0) {
            calendar.refreshAfterCommit();
        }
        return added;
    }

    private int load(HolidayFile file) {
        Instant now = Instant.now(clock);
        jdbc.sql("insert into calendar_default_year (calendar_year, day_count, loaded_at) values (:y, 0, :at)")
                .param("y", file.year()).param("at", now.atOffset(ZoneOffset.UTC)).update();
        Set<LocalDate> present = presentDates(file);
        int added = 0;
        for (HolidayFile.Day day : file.days()) {
            if (present.add(day.date())) {
                jdbc.sql("insert into calendar_day (day_date, off_day, statutory, name, source, version) "
                        + "values (:d, :off, :statutory, :name, 'DEFAULT', 0)")
                        .param("d", day.date()).param("off", day.kind().offDay())
                        .param("statutory", day.kind().statutory()).param("name", day.name()).update();
                added++;
            }
        }
        jdbc.sql("update calendar_default_year set day_count = :n where calendar_year = :y")
                .param("n", added).param("y", file.year()).update();
        audit.recordAs(AuditTrail.SYSTEM_ACTOR, "calendar.defaults-loaded", "CalendarYear", file.year(),
                String.valueOf(file.year()), Changes.none().field("days", null, added));
        log.info("Loaded {} public holidays and make-up working days of {}", added, file.year());
        return added;
    }

    private Set<LocalDate> presentDates(HolidayFile file) {
        LocalDate first = file.days().stream().map(HolidayFile.Day::date).min(Comparator.naturalOrder())
                .orElse(LocalDate.of(file.year(), 1, 1));
        LocalDate last = file.days().stream().map(HolidayFile.Day::date).max(Comparator.naturalOrder()).orElse(first);
        return new HashSet<>(jdbc.sql("select day_date from calendar_day where day_date between :a and :b")
                .param("a", first).param("b", last).query(LocalDate.class).list());
    }

    private boolean isLoaded(int year) {
        return jdbc.sql("select count(*) from calendar_default_year where calendar_year = :y").param("y", year)
                .query(Integer.class).single() > 0;
    }

    private List<HolidayFile> bundledFiles() {
        List<HolidayFile> files = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(location)) {
                try (InputStream in = r.getInputStream()) {
                    files.add(HolidayFile.read(in, json));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled public holidays " + location, e);
        }
        files.sort(Comparator.comparingInt(HolidayFile::year));
        return files;
    }
}
