/**
 * The organisation's business calendar (CMP-8, WFM-6): public holidays, company holidays and make-up working days
 * 调休, the working week and the working time of day, and deadline arithmetic in business time
 * ({@link csms.system.calendar.BusinessCalendar}). Other modules depend on it as {@code "system :: calendar"}.
 */
@org.springframework.modulith.NamedInterface("calendar")
package csms.system.calendar;
