package org.verbund.cooperation.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The one idempotency guard of the cooperation read models: a document, or an entry of one that another aggregate's
 * events change, remembers the sequence number of the last event of its aggregate it took. An event at or below it was
 * taken before (a redelivery, a replay that overlaps) and changes nothing, so nothing counts or is announced twice.
 * Unknown fields are ignored so that documents written before a field was dropped still read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
abstract class Sequenced {

    /** The sequence number of the last event taken; for a document of an aggregate, its version (its ETag). */
    public long version = -1;

    /** Whether the event at {@code sequence} is new here; if it is, it counts as taken. */
    boolean takes(long sequence) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        return true;
    }
}
