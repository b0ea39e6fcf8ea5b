package org.verbund.funding.query;

/** A read-model document that shows one aggregate, with the sequence number of the latest of its events it shows. */
abstract class SequencedDocument {

    /** The aggregate's version as the document shows it; -1 in a document stored before versions were kept. */
    public long version = -1;
}
