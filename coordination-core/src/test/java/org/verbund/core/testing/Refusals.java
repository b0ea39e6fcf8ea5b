package org.verbund.core.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.verbund.core.kernel.RuleViolation;

/** Matchers for the refusals fixture tests expect: a rule violation of a kind, with a code. */
public final class Refusals {

    private Refusals() {
    }

    /** The actor may not do this (403 over HTTP). */
    public static Matcher<RuleViolation> forbidden(String code) {
        return violation(RuleViolation.Kind.FORBIDDEN, code);
    }

    /** The actor may not even learn that the thing exists (404 over HTTP). */
    public static Matcher<RuleViolation> hidden() {
        return violation(RuleViolation.Kind.NOT_FOUND, RuleViolation.NOT_FOUND_CODE);
    }

    public static Matcher<RuleViolation> violation(RuleViolation.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.kind() == kind && violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rule violation " + code);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("was a " + violation.kind() + " " + violation.code() + ": "
                                       + violation.getMessage());
            }
        };
    }
}
