package org.verbund.funding.query;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.verbund.core.readmodel.JsonDocuments;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The funding read models' documents and their one idempotency guard: each document shows one aggregate, and an
 * event whose sequence number the document has seen already changes nothing. So an event delivered twice (a replay
 * that overlaps, a restart between handling an event and storing the token) leaves the same document.
 */
final class SequencedDocuments<T extends SequencedDocument> {

    private final JsonDocuments<T> documents;

    SequencedDocuments(MongoCollection<Document> collection, Class<T> type) {
        this.documents = new JsonDocuments<>(collection, type);
    }

    Optional<T> find(String id) {
        return documents.find(id);
    }

    /** Every document: for the small collections the storage rules allow to be scanned. */
    List<T> all() {
        return documents.all();
    }

    /**
     * Stores the document as the aggregate's event at {@code sequence} has it whole (its first event, or one that
     * records it anew), unless the stored one has seen that event; returns it if it was stored.
     */
    Optional<T> replace(String id, long sequence, Supplier<T> replacement) {
        if (documents.find(id).filter(stored -> stored.version >= sequence).isPresent()) {
            return Optional.empty(); // applied before
        }
        T document = replacement.get();
        document.version = sequence;
        documents.save(id, document);
        return Optional.of(document);
    }

    /**
     * Applies the aggregate's event at {@code sequence} to its document, unless the document has seen it; returns the
     * document as saved, or nothing if there is none or it had seen the event.
     */
    Optional<T> change(String id, long sequence, Consumer<T> change) {
        Optional<T> found = documents.find(id).filter(document -> document.version < sequence);
        found.ifPresent(document -> {
            change.accept(document);
            document.version = sequence;
            documents.save(id, document);
        });
        return found;
    }

    /** Records that the document has seen the event at {@code sequence}; returns it, unless it had seen it. */
    Optional<T> see(String id, long sequence) {
        return change(id, sequence, document -> { });
    }

    void deleteAll() {
        documents.deleteAll();
    }
}
