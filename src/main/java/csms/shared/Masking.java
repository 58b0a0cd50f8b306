package csms.shared;

/** How personal data is shown to someone not entitled to see it in full. */
public final class Masking {

    private Masking() {
    }

    /** 13812345678 → 138****5678; 010-12345678 → 010-****5678; short values are hidden entirely. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        int dash = phone.indexOf('-');
        if (dash > 0 && phone.startsWith("0")) {
            String rest = phone.substring(dash + 1);
            int ext = rest.indexOf('-');
            String local = ext < 0 ? rest : rest.substring(0, ext);
            return phone.substring(0, dash + 1) + "****" + tail(local, 4);
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + tail(phone, 4);
    }

    /** Keeps the province/city part of an address (up to the first 6 characters) and hides the rest. */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        int keep = Math.min(6, Math.max(0, address.length() - 2));
        return address.substring(0, keep) + "****";
    }

    /** a***@example.com */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "****";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
