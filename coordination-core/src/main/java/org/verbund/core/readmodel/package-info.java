/**
 * Helpers for read models kept in MongoDB: typed documents mapped by Jackson ({@code JsonDocuments}), the one
 * idempotency guard every projection keeps its documents by ({@code SequencedDocuments}, an event delivered again
 * changes nothing), the positions reads wait for, and the stored tracking tokens.
 */
package org.verbund.core.readmodel;
