package csms.visit;

import csms.shared.OneTimeToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The one-time link to a visit's web questionnaire (VIS-6): one per visit; sending again replaces the token (the
 * old link is then unknown). Only the token's hash is kept; the link is used once, until it expires.
 */
@Entity
@Table(name = "visit_survey_link")
public class VisitSurveyLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private long visitId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyChannel channel;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by")
    private Long sentBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected VisitSurveyLink() {
    }

    VisitSurveyLink(long visitId) {
        this.visitId = visitId;
    }

    /** A new token replaces the earlier one, which no longer opens anything. */
    void issue(OneTimeToken token, SurveyChannel channel, Long by, Instant now, Instant expiresAt) {
        this.tokenHash = token.hash();
        this.channel = channel;
        this.sentBy = by;
        this.sentAt = now;
        this.expiresAt = expiresAt;
        this.usedAt = null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    boolean usable(Instant now) {
        return OneTimeToken.usable(expiresAt, usedAt, now);
    }

    public Long getId() {
        return id;
    }

    public long getVisitId() {
        return visitId;
    }

    public SurveyChannel getChannel() {
        return channel;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getSentBy() {
        return sentBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public boolean isExpired(Instant now) {
        return usedAt == null && !expiresAt.isAfter(now);
    }
}
