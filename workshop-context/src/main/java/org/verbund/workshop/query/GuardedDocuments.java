package org.verbund.workshop.query;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.JsonDocuments;
import org.verbund.workshop.query.ReadModelDocument.Seen;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One collection of a workshop read model: typed documents keyed by {@code _id}, each changed by an event only once
 * (see {@link ReadModelDocument}). Reads are key lookups; {@link #all()} scans, for the small collections the storage
 * rules allow to be scanned.
 */
final class GuardedDocuments<T extends ReadModelDocument> {

    private final JsonDocuments<T> documents;

    GuardedDocuments(MongoCollection<Document> collection, Class<T> type) {
        this.documents = new JsonDocuments<>(collection, type);
    }

    /** Documents that hold personal data: stored encrypted by the module, read back as erased after. */
    GuardedDocuments(MongoCollection<Document> collection, Class<T> type, PersonalDataModule personalData) {
        this.documents = new JsonDocuments<>(collection, type, personalData);
    }

    Optional<T> find(String id) {
        return documents.find(id);
    }

    List<T> all() {
        return documents.all();
    }

    /** Changes the document with the event, if there is one and it has not seen the event; returns it if changed. */
    Optional<T> change(String id, Seen event, Consumer<T> change) {
        return documents.find(id).flatMap(document -> apply(id, document, event, change));
    }

    /** The same, starting the document if there is none yet. */
    Optional<T> changeOrStart(String id, Seen event, Supplier<T> start, Consumer<T> change) {
        return apply(id, documents.find(id).orElseGet(start), event, change);
    }

    /**
     * Changes the document, if there is one, as a consequence of another document's change that was applied once (the
     * event is guarded there): such a change puts that document's current state in, so it needs no guard of its own.
     */
    Optional<T> changeFollowing(String id, Consumer<T> change) {
        Optional<T> found = documents.find(id);
        found.ifPresent(document -> {
            change.accept(document);
            documents.save(id, document);
        });
        return found;
    }

    void deleteAll() {
        documents.deleteAll();
    }

    private Optional<T> apply(String id, T document, Seen event, Consumer<T> change) {
        if (!document.firstSight(event)) {
            return Optional.empty(); // applied before
        }
        change.accept(document);
        documents.save(id, document);
        return Optional.of(document);
    }
}
