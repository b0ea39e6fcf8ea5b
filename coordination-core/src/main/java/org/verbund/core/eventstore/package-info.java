/**
 * The event store: Axon wired onto MongoDB (the embedded wire-protocol server by default, a real MongoDB when
 * {@code MONGODB_URI} is set), our {@link org.verbund.core.eventstore.MongoCommitEventStorageEngine}, Jackson
 * serialization, and the metadata every command and event carries.
 */
package org.verbund.core.eventstore;
