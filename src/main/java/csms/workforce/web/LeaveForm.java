package csms.workforce.web;

import csms.workforce.HalfDay;
import csms.workforce.LeaveApplication;
import csms.workforce.LeavePeriod;
import csms.workforce.LeaveType;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The leave application form (WFM-1). */
public class LeaveForm {

    private LeaveType type = LeaveType.PERSONAL;
    private String reason;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    private HalfDay startHalf = HalfDay.AM;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private HalfDay endHalf = HalfDay.PM;
    private boolean urgent;
    private String urgentReason;

    LeaveApplication toApplication() {
        return new LeaveApplication(type, reason, new LeavePeriod(startDate, startHalf, endDate, endHalf), urgent,
                urgentReason);
    }

    public LeaveType getType() {
        return type;
    }

    public void setType(LeaveType type) {
        this.type = type;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public HalfDay getStartHalf() {
        return startHalf;
    }

    public void setStartHalf(HalfDay startHalf) {
        this.startHalf = startHalf;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public HalfDay getEndHalf() {
        return endHalf;
    }

    public void setEndHalf(HalfDay endHalf) {
        this.endHalf = endHalf;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public String getUrgentReason() {
        return urgentReason;
    }

    public void setUrgentReason(String urgentReason) {
        this.urgentReason = urgentReason;
    }
}
