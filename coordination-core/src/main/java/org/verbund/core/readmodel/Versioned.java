package org.verbund.core.readmodel;

/**
 * A read-model document that shows one aggregate and answers with that aggregate's version (for {@code ETag}), so a
 * client sends back in {@code If-Match} the version of what it saw, not a newer one the read model has not shown yet.
 * {@link JsonDocuments} stamps it from the event being handled.
 */
public interface Versioned {

    void stampVersion(long version);
}
