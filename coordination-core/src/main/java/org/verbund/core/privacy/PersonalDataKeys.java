package org.verbund.core.privacy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.RuleViolation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/**
 * The only place a person's key lives: {@code personal_data_keys}, one document per person keyed by the person
 * reference. Erasing replaces the key by a tombstone, so the person cannot silently get a new key and new data.
 * Keys are read from the store every time (no cache): an erasure by another instance takes effect at once.
 */
public class PersonalDataKeys {

    private static final int KEY_BYTES = 32;

    private final MongoCollection<Document> keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataKeys(MongoDatabase database) {
        this.keys = database.getCollection("personal_data_keys");
    }

    /** The person's key, made on first use; refused for an erased person. */
    byte[] keyFor(PersonRef subject) {
        Document stored = keys.find(Filters.eq("_id", subject.value())).first();
        if (stored == null) {
            byte[] key = new byte[KEY_BYTES];
            random.nextBytes(key);
            try {
                keys.insertOne(new Document("_id", subject.value()).append("key", new Binary(key))
                                       .append("createdAt", Instant.now().toString()));
                return key;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                stored = keys.find(Filters.eq("_id", subject.value())).first(); // another writer was first
            }
        }
        if (stored.get("key") == null) {
            throw RuleViolation.conflict("person.erased",
                                         "The person's data was erased; nothing personal is recorded about it again");
        }
        return stored.get("key", Binary.class).getData();
    }

    /** The person's key, unless there is none (never used, or erased). */
    Optional<byte[]> existingKey(PersonRef subject) {
        return Optional.ofNullable(keys.find(Filters.eq("_id", subject.value())).first())
                       .map(stored -> stored.get("key", Binary.class)).map(Binary::getData);
    }

    public boolean isErased(PersonRef subject) {
        Document stored = keys.find(Filters.eq("_id", subject.value())).first();
        return stored != null && stored.get("key") == null;
    }

    /** Deletes the key for good; afterwards the person's data reads as erased. */
    public void erase(PersonRef subject) {
        keys.replaceOne(Filters.eq("_id", subject.value()),
                        new Document("_id", subject.value()).append("erasedAt", Instant.now().toString()),
                        new ReplaceOptions().upsert(true));
    }
}
