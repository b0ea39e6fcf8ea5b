package org.verbund.workshop.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.verbund.core.kernel.TypedId;

import java.util.ArrayList;
import java.util.List;

/**
 * What every workshop read-model document carries to apply each event once: per aggregate whose events change it,
 * the sequence number of the last one applied. An event delivered again (a replay that overlaps, a restart between
 * handling and storing the token) is older than or equal to that and changes nothing. Fields a document no longer
 * has (such as a list once computed when asked) are ignored when an older document is read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
abstract class ReadModelDocument {

    public List<Seen> applied = new ArrayList<>();

    /** The last event of one aggregate that changed the document. */
    record Seen(String aggregateId, long sequence) {

        static Seen of(TypedId aggregate, long sequence) {
            return new Seen(aggregate.value(), sequence);
        }
    }

    /** Whether the event is new to this document; if it is, it is noted as applied. */
    boolean firstSight(Seen event) {
        for (int index = 0; index < applied.size(); index++) {
            Seen last = applied.get(index);
            if (last.aggregateId().equals(event.aggregateId())) {
                if (last.sequence() >= event.sequence()) {
                    return false;
                }
                applied.set(index, event);
                return true;
            }
        }
        applied.add(event);
        return true;
    }
}
