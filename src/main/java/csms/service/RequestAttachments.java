package csms.service;

import csms.audit.AuditTrail;
import csms.audit.Changes;
import csms.identity.UserAccount;
import csms.identity.UserAccounts;
import csms.service.internal.AttachmentRepository;
import csms.shared.NotFoundException;
import csms.shared.RuleViolation;
import csms.system.RuleSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files attached to a request: the size is limited by a rule, the type is recognised from the content and must
 * match the name's extension, the file is stored under a generated name in the data directory (never under the
 * name the user gave). Reading an attachment needs the right to see its request (404 otherwise).
 */
@Service
public class RequestAttachments {

    static final int MAX_PER_REQUEST = 50;
    private static final int HEAD = 512;

    private final AttachmentRepository attachments;
    private final RequestLookup lookup;
    private final Timeline timeline;
    private final UserAccounts users;
    private final RuleSettings rules;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path root;

    RequestAttachments(AttachmentRepository attachments, RequestLookup lookup, Timeline timeline, UserAccounts users,
            RuleSettings rules, AuditTrail audit, Clock clock, @Value("${csms.data-dir}") String dataDir) {
        this.attachments = attachments;
        this.lookup = lookup;
        this.timeline = timeline;
        this.users = users;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
        this.root = Path.of(dataDir, "attachments");
    }

    /** An attachment's content to stream, with its type and name. */
    public record Content(AttachmentView attachment, Path file) {
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    /** Stores an upload (name as given by the browser, content); refused with a field error when too large or of a wrong type. */
    @Transactional
    public AttachmentView attach(long requestId, String fileName, InputStream content) {
        RequestAccess access = lookup.access();
        ServiceRequest r = lookup.visible(requestId, access);
        access.requireWork(r);
        String name = cleanName(fileName);
        if (attachments.countByRequestId(requestId) >= MAX_PER_REQUEST) {
            throw RuleViolation.onField("file", "attachment.too-many", MAX_PER_REQUEST);
        }
        long max = rules.value(ServiceRules.ATTACHMENT_MAX_MB) * 1024L * 1024L;
        Instant now = Instant.now(clock);
        Stored stored = store(content, max);
        FileKind kind = FileKind.recognise(name, stored.head()).orElse(null);
        if (kind == null) {
            delete(stored.file());
            throw RuleViolation.onField("file", "attachment.type");
        }
        String storedName = UUID.randomUUID() + ".bin";
        Path target = root.resolve(storedName);
        try {
            Files.createDirectories(root);
            Files.move(stored.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            delete(stored.file());
            throw new UncheckedIOException(e);
        }
        deleteOnRollback(target);
        Attachment a = attachments.save(new Attachment(requestId, storedName, name, kind.contentType(), stored.size(),
                stored.sha256(), access.viewerId(), now));
        r.touch(now);
        timeline.add(requestId, access.viewerId(), TimelineKind.ATTACHMENT, name, null);
        audit.record("service.attachment-added", RequestLookup.SUBJECT, requestId, r.getSubject(),
                Changes.none().field("file", null, name));
        return views(List.of(a)).getFirst();
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> of(long requestId) {
        lookup.visible(requestId, lookup.access());
        return views(attachments.findByRequestIdOrderByUploadedAt(requestId));
    }

    /** The attachment of a request the viewer may see; 404 for anything else. */
    @Transactional(readOnly = true)
    public Content content(long requestId, long attachmentId) {
        lookup.visible(requestId, lookup.access());
        Attachment a = attachments.findById(attachmentId).filter(x -> x.getRequestId() == requestId)
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        Path file = root.resolve(a.getStoredName());
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("Attachment", attachmentId);
        }
        return new Content(views(List.of(a)).getFirst(), file);
    }

    private record Stored(Path file, long size, String sha256, byte[] head) {
    }

    private Stored store(InputStream content, long max) {
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[HEAD];
            int headLength = 0;
            long size = 0;
            try (InputStream in = content; OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    if (size > max) {
                        out.close();
                        delete(tmp);
                        throw RuleViolation.onField("file", "attachment.too-large", max / 1024 / 1024);
                    }
                    int copy = Math.min(n, HEAD - headLength);
                    if (copy > 0) {
                        System.arraycopy(buf, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    out.write(buf, 0, n);
                }
            }
            if (size == 0) {
                delete(tmp);
                throw RuleViolation.onField("file", "attachment.empty");
            }
            return new Stored(tmp, size, HexFormat.of().formatHex(sha.digest()), java.util.Arrays.copyOf(head, headLength));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cleanName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            throw RuleViolation.onField("file", "validation.required");
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static void deleteOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(file);
                    }
                }
            });
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless; it is not referenced by any record
        }
    }

    private List<AttachmentView> views(List<Attachment> list) {
        Map<Long, UserAccount> people = users.byIds(list.stream().map(Attachment::getUploadedBy).distinct().toList());
        return list.stream().map(a -> new AttachmentView(a.getId(), a.getRequestId(), a.getOriginalName(),
                a.getContentType(), a.getSizeBytes(),
                people.containsKey(a.getUploadedBy()) ? people.get(a.getUploadedBy()).getDisplayName() : null,
                a.getUploadedAt())).toList();
    }
}
