package org.verbund.core.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.verbund.core.kernel.TypedId;

import java.util.ArrayList;
import java.util.List;

/**
 * The base of every read-model document: what it remembers so that each event changes it once (see
 * {@link SequencedDocuments}, the only code that reads or moves these fields). Its own aggregate (the one whose id is
 * its key) is remembered by {@link #version}; every other aggregate whose events change it, by an entry in
 * {@link #applied}. Unknown fields are ignored, so documents written before a field was dropped still read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class SequencedDocument {

    /**
     * The sequence number of the last event of the document's own aggregate it shows: that aggregate's version, which
     * answers carry for {@code ETag}, so a client sends back in {@code If-Match} the version of what it saw. -1 while
     * it shows none (a document started by other aggregates' events, or stored before versions were kept).
     */
    public long version = -1;

    /** Per other aggregate whose events changed the document, the last of its events applied (left out when none). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<Seen> applied = new ArrayList<>();

    /** An event of one aggregate, by the aggregate's id and the event's sequence number in it. */
    public record Seen(String aggregateId, long sequence) {

        public static Seen of(TypedId aggregate, long sequence) {
            return new Seen(aggregate.value(), sequence);
        }
    }

    /**
     * Whether the event is new to the document keyed {@code key}; if it is, it is noted. An event of the document's own
     * aggregate moves {@link #version}; older documents noted their own aggregate in {@link #applied} as well, so that
     * entry still counts, and is dropped once the version has taken over.
     */
    final boolean takes(String key, Seen event) {
        if (event.aggregateId().equals(key)) {
            if (event.sequence() <= Math.max(version, lastOf(key))) {
                return false;
            }
            version = event.sequence();
            applied.removeIf(seen -> seen.aggregateId().equals(key));
            return true;
        }
        if (event.sequence() <= lastOf(event.aggregateId())) {
            return false;
        }
        applied.removeIf(seen -> seen.aggregateId().equals(event.aggregateId()));
        applied.add(event);
        return true;
    }

    /** Whether the document has seen its own aggregate's event at {@code sequence} (or a later one). */
    final boolean hasSeen(String key, long sequence) {
        return sequence <= Math.max(version, lastOf(key));
    }

    private long lastOf(String aggregateId) {
        return applied.stream().filter(seen -> seen.aggregateId().equals(aggregateId))
                      .mapToLong(Seen::sequence).max().orElse(-1);
    }
}
