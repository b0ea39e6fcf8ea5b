package org.verbund.core.rebuild;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which physical collection holds each read model now: {@code read_model_aliases} maps a read model's name (the
 * collection name its projection asks for) to the collection that was made live by the last swap, and a read model
 * with no alias is in the collection of its own name. Kept in memory and refreshed from the store, so that every
 * gateway on the store follows a swap.
 */
public final class CollectionAliases {

    private static final Logger log = LoggerFactory.getLogger(CollectionAliases.class);

    static final String COLLECTION = "read_model_aliases";

    private final MongoCollection<Document> aliases;
    private final Map<String, String> physical = new ConcurrentHashMap<>();

    public CollectionAliases(MongoDatabase database) {
        this.aliases = database.getCollection(COLLECTION);
        refresh();
    }

    /** The collection that holds the read model {@code name} now. */
    public String physical(String name) {
        return physical.getOrDefault(name, name);
    }

    /**
     * Reads the aliases again (a small collection: one document per read model ever swapped). Synchronized with
     * {@link #point}: a refresh that read the store before a swap must not put the former alias back after it.
     */
    public synchronized void refresh() {
        for (Document alias : aliases.find()) {
            String before = physical.put(alias.getString("_id"), alias.getString("physical"));
            if (before != null && !alias.getString("physical").equals(before)) {
                log.info("Read model {} is in {} now (swapped by another gateway)", alias.getString("_id"),
                         alias.getString("physical"));
            }
        }
    }

    /** Makes {@code collection} the live one of the read model {@code name}, here at once and in the store. */
    synchronized void point(String name, String collection) {
        aliases.replaceOne(Filters.eq("_id", name), new Document("_id", name).append("physical", collection),
                           new ReplaceOptions().upsert(true));
        physical.put(name, collection);
    }
}
