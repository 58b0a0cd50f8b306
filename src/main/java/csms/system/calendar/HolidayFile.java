package csms.system.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One year of mainland China's public holidays and make-up working days in the holiday-cn JSON format:
 * {@code {"year":2026,"days":[{"name":"春节","date":"2026-02-15","isOffDay":true},...]}}.
 */
record HolidayFile(int year, List<Day> days) {

    /** A listed day: off (a public holiday) or not (a make-up working day on a weekend). */
    record Day(LocalDate date, String name, boolean offDay) {

        DayKind kind() {
            return offDay ? DayKind.PUBLIC_HOLIDAY : DayKind.WORKING_DAY;
        }
    }

    /** Reads the file; a file not in the format is refused with an {@link IllegalArgumentException}. */
    static HolidayFile read(InputStream in, JsonMapper json) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode year = root == null ? null : root.get("year");
        JsonNode days = root == null ? null : root.get("days");
        if (year == null || !year.isInt() || days == null || !days.isArray()) {
            throw new IllegalArgumentException("expected {\"year\": <number>, \"days\": [...]}");
        }
        List<Day> list = new ArrayList<>();
        for (JsonNode d : days) {
            list.add(day(d));
        }
        return new HolidayFile(year.asInt(), List.copyOf(list));
    }

    private static Day day(JsonNode d) {
        JsonNode date = d.get("date");
        JsonNode name = d.get("name");
        JsonNode off = d.get("isOffDay");
        if (date == null || !date.isString() || name == null || !name.isString() || off == null || !off.isBoolean()) {
            throw new IllegalArgumentException("each day needs \"date\", \"name\" and \"isOffDay\": " + d);
        }
        String n = name.asString().strip();
        if (n.isEmpty() || n.length() > CalendarDays.MAX_NAME) {
            throw new IllegalArgumentException("bad name: " + d);
        }
        try {
            return new Day(LocalDate.parse(date.asString().strip()), n, off.booleanValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date: " + d, e);
        }
    }
}
