package csms.system.calendar.web;

import csms.system.calendar.TimeRange;
import csms.system.calendar.WorkingTime;
import csms.system.calendar.WorkingTimeSetting;
import java.util.ArrayList;
import java.util.List;

/** The working week (checked days) and up to four periods (start and end rows; blank rows are ignored). */
record HoursForm(List<String> workingDays, List<String> starts, List<String> ends, Long version) {

    static HoursForm of(WorkingTimeSetting setting) {
        WorkingTime time = setting.time();
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        for (TimeRange p : time.periods()) {
            starts.add(p.startText());
            ends.add(p.endText());
        }
        return new HoursForm(time.workingDaysInOrder().stream().map(Enum::name).toList(), starts, ends,
                setting.version());
    }

    /** One row of the form: a period's start and end as typed. */
    record Row(String start, String end) {
    }

    /** At least four rows: the periods first, then blank rows to add more (public for the template). */
    public List<Row> rows() {
        int count = Math.max(WorkingTime.MAX_PERIODS, Math.max(size(starts), size(ends)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Row(cell(starts, i), cell(ends, i)));
        }
        return rows;
    }

    public boolean worksOn(String day) {
        return workingDays != null && workingDays.contains(day);
    }

    /** The working time the form describes; refused on "workingDays" or "periods" when it is not valid. */
    WorkingTime toWorkingTime() {
        List<TimeRange> periods = new ArrayList<>();
        for (Row row : rows()) {
            if (!row.start().isEmpty() || !row.end().isEmpty()) {
                periods.add(TimeRange.parse(row.start(), row.end()));
            }
        }
        return new WorkingTime(WorkingTime.days(workingDays), periods);
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String cell(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).strip();
    }
}
