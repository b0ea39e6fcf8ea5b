package org.verbund.core.readmodel;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.SequencedDocument.Seen;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one idempotency guard of the read models: a collection of {@link SequencedDocument}s keyed by {@code _id}, each
 * changed by an event only if it has not seen that event, by the event's sequence number in its aggregate. Event
 * processors deliver at least once: a replay that overlaps what was handled, or a restart between handling an event
 * and storing the token, hands a projection events it has applied already, and such an event changes nothing here
 * (nothing is counted, listed or announced twice). The guard is per aggregate, because sequence numbers are: a
 * document keyed by its aggregate's id keeps that aggregate's version (its {@code ETag}); events of other aggregates
 * that change it (a meeting listed in its group, an agreement on its partnership) are guarded each on their own.
 * Every method returns the document as saved, or nothing if it did not change. Reads are key lookups; {@link #all()}
 * scans, for the small collections the storage rules allow to be scanned.
 */
public final class SequencedDocuments<D extends SequencedDocument> {

    private final JsonDocuments<D> documents;

    public SequencedDocuments(MongoCollection<Document> collection, Class<D> type) {
        this.documents = new JsonDocuments<>(collection, type);
    }

    /** Documents that hold personal data: stored as the events hold it (encrypted), so erased people read as erased. */
    public SequencedDocuments(MongoCollection<Document> collection, Class<D> type, PersonalDataModule personalData) {
        this.documents = new JsonDocuments<>(collection, type, personalData);
    }

    public Optional<D> find(String id) {
        return documents.find(id);
    }

    /** Every document: a scan, for small collections. */
    public List<D> all() {
        return documents.all();
    }

    /** Every document with its key: a scan, for small collections. */
    public Map<String, D> allById() {
        return documents.allById();
    }

    /**
     * Stores the document as its own aggregate's event at {@code sequence} has it whole (the aggregate's first event,
     * or one that records it anew), unless the stored one has seen that event.
     */
    public Optional<D> replace(String id, long sequence, Supplier<D> document) {
        if (documents.find(id).filter(stored -> stored.hasSeen(id, sequence)).isPresent()) {
            return Optional.empty();
        }
        D replacement = document.get();
        replacement.takes(id, new Seen(id, sequence));
        documents.save(id, replacement);
        return Optional.of(replacement);
    }

    /** Applies the event at {@code sequence} of the document's own aggregate, if there is a document and it is new. */
    public Optional<D> change(String id, long sequence, Consumer<D> change) {
        return changeBy(id, new Seen(id, sequence), change);
    }

    /** Notes that the document has seen its own aggregate's event at {@code sequence}, changing nothing else. */
    public Optional<D> see(String id, long sequence) {
        return change(id, sequence, document -> { });
    }

    /** Applies an event of another aggregate (or of its own, if it names it), if there is a document and it is new. */
    public Optional<D> changeBy(String id, Seen event, Consumer<D> change) {
        return documents.find(id).flatMap(document -> apply(id, document, event, change));
    }

    /** The same, starting the document if there is none yet. */
    public Optional<D> changeOrStartBy(String id, Seen event, Supplier<D> start, Consumer<D> change) {
        return apply(id, documents.find(id).orElseGet(start), event, change);
    }

    /**
     * Changes the document, if there is one, as a consequence of a change elsewhere that the guard let through once
     * (the event is guarded there): such a change puts that other document's current state in, so applying it again
     * leaves the same document and it needs no guard of its own.
     */
    public Optional<D> changeFollowing(String id, Consumer<D> change) {
        Optional<D> found = documents.find(id);
        found.ifPresent(document -> {
            change.accept(document);
            documents.save(id, document);
        });
        return found;
    }

    public void deleteAll() {
        documents.deleteAll();
    }

    private Optional<D> apply(String id, D document, Seen event, Consumer<D> change) {
        if (!document.takes(id, event)) {
            return Optional.empty(); // applied before
        }
        change.accept(document);
        documents.save(id, document);
        return Optional.of(document);
    }
}
