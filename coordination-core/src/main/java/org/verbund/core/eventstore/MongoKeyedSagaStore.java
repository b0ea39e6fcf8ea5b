package org.verbund.core.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValues;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A saga store on MongoDB whose every read is a key lookup: a saga document keyed by saga id, and one document per
 * (saga type, association key, association value) listing the sagas that carry it. (The Mongo extension's saga store
 * queries associations with a compound filter, which the embedded server can only answer by scanning, and it needs
 * XStream on the class path.)
 * <p>
 * Without transactions the two collections are written in an order that never loses a saga: associations are added
 * before the saga document is written and removed after it is deleted, so a crash can leave at most an association
 * pointing at no saga, which {@link #loadSaga} answers with {@code null} and Axon skips.
 */
public class MongoKeyedSagaStore implements SagaStore<Object> {

    static final String SAGAS_COLLECTION = "sagas";
    static final String ASSOCIATIONS_COLLECTION = "saga_associations";

    private final MongoCollection<Document> sagas;
    private final MongoCollection<Document> associations;
    private final Serializer serializer;

    public MongoKeyedSagaStore(MongoDatabase database, Serializer serializer) {
        this.sagas = database.getCollection(SAGAS_COLLECTION);
        this.associations = database.getCollection(ASSOCIATIONS_COLLECTION);
        this.serializer = serializer;
    }

    @Override
    public Set<String> findSagas(Class<?> sagaType, AssociationValue associationValue) {
        Document entry = associations.find(Filters.eq("_id", associationKey(sagaType, associationValue))).first();
        return entry == null ? Set.of() : new LinkedHashSet<>(entry.getList("sagas", String.class));
    }

    @Override
    public <S> Entry<S> loadSaga(Class<S> sagaType, String sagaIdentifier) {
        Document document = sagas.find(Filters.eq("_id", sagaIdentifier)).first();
        if (document == null) {
            return null;
        }
        SerializedObject<String> serialized = new SimpleSerializedObject<>(
                document.getString("payload"), String.class, document.getString("payloadType"),
                document.getString("payloadRevision"));
        S saga = serializer.deserialize(serialized);
        Set<AssociationValue> values = new HashSet<>();
        for (Document association : document.getList("associations", Document.class)) {
            values.add(new AssociationValue(association.getString("key"), association.getString("value")));
        }
        return new Entry<>() {
            @Override
            public Set<AssociationValue> associationValues() {
                return values;
            }

            @Override
            public S saga() {
                return saga;
            }
        };
    }

    @Override
    public void insertSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
                           Set<AssociationValue> associationValues) {
        associationValues.forEach(value -> associate(sagaType, sagaIdentifier, value));
        writeSaga(sagaType, sagaIdentifier, saga, associationValues);
    }

    @Override
    public void updateSaga(Class<?> sagaType, String sagaIdentifier, Object saga,
                           AssociationValues associationValues) {
        associationValues.addedAssociations().forEach(value -> associate(sagaType, sagaIdentifier, value));
        writeSaga(sagaType, sagaIdentifier, saga, associationValues.asSet());
        associationValues.removedAssociations().forEach(value -> dissociate(sagaType, sagaIdentifier, value));
    }

    @Override
    public void deleteSaga(Class<?> sagaType, String sagaIdentifier, Set<AssociationValue> associationValues) {
        sagas.deleteOne(Filters.eq("_id", sagaIdentifier));
        associationValues.forEach(value -> dissociate(sagaType, sagaIdentifier, value));
    }

    private void writeSaga(Class<?> sagaType, String sagaIdentifier, Object saga, Set<AssociationValue> values) {
        SerializedObject<String> serialized = serializer.serialize(saga, String.class);
        List<Document> associationDocuments = values.stream()
                .map(value -> new Document("key", value.getKey()).append("value", value.getValue()))
                .toList();
        Document document = new Document("_id", sagaIdentifier)
                .append("sagaType", serializer.typeForClass(sagaType).getName())
                .append("payloadType", serialized.getType().getName())
                .append("payloadRevision", serialized.getType().getRevision())
                .append("payload", serialized.getData())
                .append("associations", associationDocuments);
        sagas.replaceOne(Filters.eq("_id", sagaIdentifier), document, new ReplaceOptions().upsert(true));
    }

    private void associate(Class<?> sagaType, String sagaIdentifier, AssociationValue value) {
        associations.updateOne(Filters.eq("_id", associationKey(sagaType, value)),
                               Updates.addToSet("sagas", sagaIdentifier), new UpdateOptions().upsert(true));
    }

    private void dissociate(Class<?> sagaType, String sagaIdentifier, AssociationValue value) {
        associations.updateOne(Filters.eq("_id", associationKey(sagaType, value)),
                               Updates.pull("sagas", sagaIdentifier));
    }

    private String associationKey(Class<?> sagaType, AssociationValue value) {
        // NUL separates the parts: class names cannot contain it, and association keys and values are identifiers
        return serializer.typeForClass(sagaType).getName() + '\u0000' + value.getKey() + '\u0000' + value.getValue();
    }
}
