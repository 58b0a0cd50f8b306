package csms.system.calendar.web;

import csms.system.calendar.CalendarDay;
import csms.system.calendar.DayKind;

/** A calendar day as the page edits it; the version is empty for a new day. */
record DayForm(String date, String kind, String name, Long version) {

    static DayForm blank() {
        return new DayForm("", DayKind.COMPANY_HOLIDAY.name(), "", null);
    }

    static DayForm of(CalendarDay day) {
        return new DayForm(day.date().toString(), day.kind().name(), day.name(), day.version());
    }
}
