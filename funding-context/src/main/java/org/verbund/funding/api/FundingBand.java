package org.verbund.funding.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stretch of a degressive schedule: for {@code months} months the funder pays {@code fundedShare} of the monthly
 * rate (0.70 for 70 %); the rest is the own share (Eigenmittel).
 */
public record FundingBand(int months, BigDecimal fundedShare) {

    public FundingBand {
        Objects.requireNonNull(fundedShare, "fundedShare");
        if (months < 1) {
            throw new IllegalArgumentException("A band lasts at least one month");
        }
        if (fundedShare.signum() < 0 || fundedShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A funded share lies between 0 and 1: " + fundedShare);
        }
    }
}
