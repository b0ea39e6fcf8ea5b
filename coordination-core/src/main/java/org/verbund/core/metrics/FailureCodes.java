package org.verbund.core.metrics;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.verbund.core.kernel.RuleViolation;

/**
 * The problem code a failed command is answered with, as the gateway's {@code ProblemHandling} maps it (kept in step
 * by hand: core cannot see the gateway), so that the metric and the client see the same code. Rule codes are
 * constants of the contexts' catalogues, so the set of values is bounded.
 */
final class FailureCodes {

    static final String INTERNAL_ERROR = "internal-error";

    private FailureCodes() {
    }

    /** The problem code of {@code failure}, or {@link #INTERNAL_ERROR} for anything unexpected. */
    static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation.code();
            }
            if (cause instanceof AggregateNotFoundException) {
                return RuleViolation.NOT_FOUND_CODE;
            }
            if (cause instanceof AggregateStreamCreationException) {
                return "already-exists";
            }
            if (cause instanceof ConflictingAggregateVersionException || cause instanceof ConcurrencyException) {
                return "concurrent-modification";
            }
        }
        return INTERNAL_ERROR;
    }
}
