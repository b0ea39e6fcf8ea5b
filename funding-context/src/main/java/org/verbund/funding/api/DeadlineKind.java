package org.verbund.funding.api;

/** What a funding deadline asks for. */
public enum DeadlineKind {
    /** Submit the application by the call's submission deadline. */
    SUBMISSION,
    /** Hand in an interim statement of use (Zwischennachweis). */
    INTERIM_STATEMENT,
    /** Hand in the final statement of use (Verwendungsnachweis). */
    FINAL_STATEMENT
}
