package csms.demo;

import csms.shared.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the demo data set consists of, read from {@code demo/demo-setup.properties} and {@code demo/demo-staff.csv}:
 * the organisation, the one demo password, the staff with their roles and teams, and how many customers.
 */
public record DemoPlan(String organisationName, String serviceCentreName, String timeZone, String password,
        int customers, long seed, List<StaffMember> staff, Properties words) {

    /** One demo login; the department is a team name, or null for staff outside the teams. */
    public record StaffMember(String username, Role role, String displayName, String agentNumber, String department) {
    }

    /** The plan shipped with the application. */
    public static DemoPlan standard() {
        Properties p = new Properties();
        try (Reader in = reader("demo/demo-setup.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoPlan(required(p, "organisation.name"), required(p, "organisation.service-centre"),
                required(p, "organisation.time-zone"), required(p, "password"),
                Integer.parseInt(required(p, "customers")), Long.parseLong(required(p, "seed")), readStaff(), p);
    }

    /** The administrator, created by first-run setup: the first ADMIN row. */
    public StaffMember administrator() {
        return staff.stream().filter(s -> s.role() == Role.ADMIN).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo-staff.csv has no ADMIN"));
    }

    /** The team names in the order they first appear. */
    public Set<String> teams() {
        Set<String> teams = new LinkedHashSet<>();
        staff.stream().map(StaffMember::department).filter(d -> d != null).forEach(teams::add);
        return teams;
    }

    /** A word or phrase of the data file (labels, summaries). */
    public String word(String key) {
        return required(words, key);
    }

    /** A list of the data file, separated by {@code |}. */
    public List<String> list(String key) {
        return List.of(word(key).split("\\|"));
    }

    private static List<StaffMember> readStaff() {
        List<StaffMember> staff = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = reader("demo/demo-staff.csv")) {
            for (CSVRecord r : format.parse(in)) {
                staff.add(new StaffMember(r.get("username"), Role.valueOf(r.get("role")), r.get("display_name"),
                        blankToNull(r.get("agent_number")), blankToNull(r.get("department"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(staff);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("demo/demo-setup.properties lacks " + key);
        }
        return v.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Reader reader(String resource) {
        InputStream in = DemoPlan.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " missing");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
