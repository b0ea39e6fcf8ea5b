package org.verbund.workshop.command;

import org.verbund.core.kernel.RuleCode;

/** The checks every part of a meeting makes of what a command names. */
final class Required {

    private Required() {
    }

    /** Refuses a missing or blank text. */
    static void text(String text, RuleCode rule, String message) {
        if (text == null || text.isBlank()) {
            throw rule.violation(message);
        }
    }

    /** Refuses a missing value. */
    static void value(Object value, RuleCode rule, String message) {
        if (value == null) {
            throw rule.violation(message);
        }
    }

    /** Refuses a missing or blank id, or one already taken. */
    static void newId(String id, boolean taken, RuleCode rule, String message) {
        if (id == null || id.isBlank() || taken) {
            throw rule.violation(message);
        }
    }
}
