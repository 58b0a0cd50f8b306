package csms.shared;

/** A requested record does not exist or is not visible to the caller (HTTP 404). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String subject, Object id) {
        super("error.not-found", subject(subject), String.valueOf(id));
    }
}
