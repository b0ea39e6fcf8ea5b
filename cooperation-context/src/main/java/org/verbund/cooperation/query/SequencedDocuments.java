package org.verbund.cooperation.query;

import com.mongodb.client.MongoDatabase;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.JsonDocuments;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A collection of {@link Sequenced} documents keyed by {@code _id}, changed only by events they have not taken. */
final class SequencedDocuments<D extends Sequenced> {

    private final JsonDocuments<D> documents;

    private SequencedDocuments(JsonDocuments<D> documents) {
        this.documents = documents;
    }

    static <D extends Sequenced> SequencedDocuments<D> in(MongoDatabase database, String collection, Class<D> type) {
        return new SequencedDocuments<>(new JsonDocuments<>(database.getCollection(collection), type));
    }

    /** Documents with personal data: stored as the events hold it, encrypted, so erased people read as erased. */
    static <D extends Sequenced> SequencedDocuments<D> withPersonalData(MongoDatabase database, String collection,
                                                                       Class<D> type, PersonalDataKeys keys) {
        return new SequencedDocuments<>(new JsonDocuments<>(database.getCollection(collection), type,
                                                            new PersonalDataModule(keys)));
    }

    /** Starts the document with the event at {@code sequence}, unless it was started before; returns it if new. */
    Optional<D> start(String id, long sequence, Supplier<D> document) {
        if (documents.find(id).isPresent()) {
            return Optional.empty();
        }
        D started = document.get();
        started.takes(sequence);
        documents.save(id, started);
        return Optional.of(started);
    }

    /** Applies an event of the document's own aggregate, unless it took it before; returns it if changed. */
    Optional<D> apply(String id, long sequence, Consumer<D> change) {
        return change(id, document -> {
            if (!document.takes(sequence)) {
                return false;
            }
            change.accept(document);
            return true;
        });
    }

    /**
     * Changes the document if {@code change} says it did: for events of other aggregates, whose entries in the
     * document guard themselves. Returns it if changed.
     */
    Optional<D> change(String id, Predicate<D> change) {
        Optional<D> found = documents.find(id).filter(change);
        found.ifPresent(document -> documents.save(id, document));
        return found;
    }

    Optional<D> find(String id) {
        return documents.find(id);
    }

    List<D> all() {
        return documents.all();
    }

    void deleteAll() {
        documents.deleteAll();
    }
}
