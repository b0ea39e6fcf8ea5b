package org.verbund.gateway.web;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The body of a change that needs nothing but when it takes effect (today if not given) and why; it may be left out.
 */
public record DatedRequest(LocalDate effectiveOn, @Size(max = 1000) String reason) {

    /** When it takes effect: today if the request does not say. */
    public LocalDate on() {
        return CommandWrites.orToday(effectiveOn);
    }

    public static DatedRequest orEmpty(DatedRequest request) {
        return request == null ? new DatedRequest(null, null) : request;
    }
}
