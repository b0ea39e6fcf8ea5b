package org.verbund.core.readmodel;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.verbund.core.privacy.PersonalDataModule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A collection of read-model documents, each the JSON form of a Java object keyed by {@code _id}: amounts and rates
 * stay exact decimal strings, dates ISO-8601 strings. Reads and writes are key lookups; {@link #all()} scans, for
 * the small collections the storage rules allow to be scanned.
 */
public final class JsonDocuments<T> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    static {
        // a JSON number would become a BSON double
        JSON.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    private final MongoCollection<Document> collection;
    private final Class<T> type;
    private final ObjectMapper json;

    public JsonDocuments(MongoCollection<Document> collection, Class<T> type) {
        this(collection, type, JSON);
    }

    /** Documents that may hold personal data: stored encrypted by the given module, read back as erased after. */
    public JsonDocuments(MongoCollection<Document> collection, Class<T> type, PersonalDataModule personalData) {
        this(collection, type, JSON.copy().registerModule(personalData));
    }

    private JsonDocuments(MongoCollection<Document> collection, Class<T> type, ObjectMapper json) {
        this.collection = collection;
        this.type = type;
        this.json = json;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::read);
    }

    public List<T> all() {
        List<T> all = new ArrayList<>();
        collection.find().forEach(document -> all.add(read(document)));
        return all;
    }

    /** Every document with its key, as {@link #all()} a scan. */
    public Map<String, T> allById() {
        Map<String, T> all = new LinkedHashMap<>();
        collection.find().forEach(document -> all.put(document.getString("_id"), read(document)));
        return all;
    }

    /** Stores the document under its key, in place of what was stored there. */
    public void save(String id, T value) {
        Document document = (Document) toBson(json, value);
        document.put("_id", id);
        collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    /** Loads the document (or starts one), changes it and saves it; returns it as saved. */
    public T update(String id, Supplier<T> ifMissing, Consumer<T> change) {
        T value = find(id).orElseGet(ifMissing);
        change.accept(value);
        save(id, value);
        return value;
    }

    /** Changes the document if there is one; returns it as saved. */
    public Optional<T> updateIfPresent(String id, Consumer<T> change) {
        Optional<T> found = find(id);
        found.ifPresent(value -> {
            change.accept(value);
            save(id, value);
        });
        return found;
    }

    public void deleteAll() {
        collection.deleteMany(new Document());
    }

    private T read(Document document) {
        Document copy = new Document(document);
        copy.remove("_id");
        return fromBson(json, copy, type);
    }

    /**
     * Puts {@code value} in place of the entry it matches, or adds it: how read models change lists, so that an event
     * handled twice leaves the same document.
     */
    public static <E> void replaceOrAdd(List<E> list, java.util.function.Predicate<E> same, E value) {
        for (int index = 0; index < list.size(); index++) {
            if (same.test(list.get(index))) {
                list.set(index, value);
                return;
            }
        }
        list.add(value);
    }

    /** A value as BSON, through its JSON form. */
    public static Object toBson(Object value) {
        return toBson(JSON, value);
    }

    private static Object toBson(ObjectMapper json, Object value) {
        try {
            return Document.parse("{\"v\": " + json.writeValueAsString(value) + "}").get("v");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    /** A value back from BSON written by {@link #toBson}. */
    public static <V> V fromBson(Object bson, Class<V> type) {
        return fromBson(JSON, bson, type);
    }

    private static <V> V fromBson(ObjectMapper json, Object bson, Class<V> type) {
        try {
            return json.treeToValue(json.readTree(new Document("v", bson).toJson()).get("v"), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName() + " from the read model", e);
        }
    }
}
