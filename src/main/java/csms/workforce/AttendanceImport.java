package csms.workforce;

import csms.identity.UserAccount;
import csms.shared.RuleViolation;
import csms.system.spreadsheet.ImportColumn;
import csms.system.spreadsheet.ImportLayout;
import csms.system.spreadsheet.ImportMode;
import csms.system.spreadsheet.ImportPlan;
import csms.system.spreadsheet.ImportResult;
import csms.system.spreadsheet.ImportRow;
import csms.system.spreadsheet.SpreadsheetImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports attendance from an {@code .xlsx} or CSV file (WFM-2): one row per person and day, the person by user name
 * or agent number. Each row goes through {@link Attendance#importDay}, so a day already recorded takes the file's
 * figures and a file imported twice records nothing new. A row for someone outside the importer's teams, with an
 * unknown person or with figures out of range is rejected with its reason; the other rows are kept.
 */
@Service
public class AttendanceImport {

    public static final String SUBJECT = "attendance";
    static final String PERSON = "person";
    static final String DAY = "day";
    static final String LATE = "lateMinutes";
    static final String EARLY = "earlyLeaveMinutes";
    static final String ABSENCE = "absenceDays";
    static final String NOTE = "note";

    private static final ImportLayout LAYOUT = ImportLayout.of(
            ImportColumn.required(PERSON, "attendance.column.person", "user", "username", "agent", "工号", "用户名"),
            ImportColumn.required(DAY, "attendance.column.day", "date"),
            ImportColumn.optional(LATE, "attendance.column.late", "late"),
            ImportColumn.optional(EARLY, "attendance.column.early", "early leave"),
            ImportColumn.optional(ABSENCE, "attendance.column.absence", "absence"),
            ImportColumn.optional(NOTE, "attendance.column.note", "remark"));

    private final SpreadsheetImport imports;
    private final Attendance attendance;
    private final StaffDirectory staff;

    AttendanceImport(SpreadsheetImport imports, Attendance attendance, StaffDirectory staff) {
        this.imports = imports;
        this.attendance = attendance;
        this.staff = staff;
    }

    public ImportLayout layout() {
        return LAYOUT;
    }

    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public ImportResult run(ImportMode mode, MultipartFile file) {
        if (file == null) {
            throw RuleViolation.onField("file", "spreadsheet.file.empty");
        }
        try {
            return run(mode, file.getInputStream(), file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a file's content. Must not be called inside a transaction: the import opens its own. */
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'HR')")
    public ImportResult run(ImportMode mode, InputStream content, String fileName) {
        StaffReach reach = staff.reach();
        if (!reach.keepsAny()) {
            throw new AccessDeniedException("attendance.import");
        }
        Map<String, UserAccount> people = new HashMap<>();
        ImportPlan<AttendanceEntry> plan = ImportPlan.of(SUBJECT, Attendance.SUBJECT, LAYOUT,
                row -> map(row, reach, people), attendance::importDay);
        return imports.run(plan, mode, content, fileName);
    }

    private AttendanceEntry map(ImportRow row, StaffReach reach, Map<String, UserAccount> people) {
        String name = row.required(PERSON);
        Long userId = null;
        if (name != null) {
            UserAccount person = staff.byNameOrNumber(people, name).orElse(null);
            if (person == null) {
                row.reject(PERSON, "attendance.import.person-unknown", name);
            } else if (!reach.mayKeep(person.getDepartmentId())) {
                row.reject(PERSON, "attendance.import.person-not-yours", name);
            } else {
                userId = person.getId();
            }
        }
        Long late = row.number(LATE);
        Long early = row.number(EARLY);
        BigDecimal absence = row.decimal(ABSENCE);
        return new AttendanceEntry(userId, row.date(DAY), whole(row, LATE, late), whole(row, EARLY, early), absence,
                row.text(NOTE));
    }

    private static Integer whole(ImportRow row, String column, Long value) {
        if (value != null && (value < 0 || value > Attendance.MAX_MINUTES)) {
            row.reject(column, "validation.range", 0, Attendance.MAX_MINUTES);
            return null;
        }
        return value == null ? null : value.intValue();
    }
}
