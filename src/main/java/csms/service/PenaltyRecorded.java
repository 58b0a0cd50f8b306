package csms.service;

import java.math.BigDecimal;
import java.time.Instant;

/** A penalty against a staff member from a complaint (CMP-5), for the discipline records of the workforce (WFM-7). */
public record PenaltyRecorded(long penaltyId, long requestId, long userId, PenaltyMeasure measure, BigDecimal amount,
        String reason, Instant recordedAt) {
}
