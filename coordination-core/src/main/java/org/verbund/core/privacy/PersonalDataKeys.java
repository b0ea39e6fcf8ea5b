package org.verbund.core.privacy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.verbund.core.kernel.KernelRule;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.secrets.SealedSecrets;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only place a person's key lives: {@code personal_data_keys}, one document per person keyed by the person
 * reference, the key sealed under the master key ({@link SealedSecrets}), so that a copy of the database alone
 * reads no personal data. Erasing replaces the key by a tombstone, so the person cannot silently get a new key and
 * new data.
 * <p>
 * What was read is kept for {@link #CACHE_FOR} (a lookup per personal field made writing and reading such an event
 * about 100 times slower than a plain one, {@code PersonalDataBenchmark}). An erasure takes effect at once on the
 * instance that erases, and on other instances sharing the database within that time.
 */
public class PersonalDataKeys {

    /** How long a key (or its absence) read from the store is trusted. */
    public static final Duration CACHE_FOR = Duration.ofSeconds(2);
    private static final String COLLECTION = "personal_data_keys";
    private static final int KEY_BYTES = 32;

    /** A key as last read: {@code key} null when there is none; {@code erased} when there is a tombstone. */
    private record Known(byte[] key, boolean erased, long readAt) {
    }

    private final MongoCollection<Document> keys;
    private final SealedSecrets secrets;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final long cacheNanos;

    public PersonalDataKeys(MongoDatabase database, SealedSecrets secrets) {
        this(database, secrets, CACHE_FOR);
    }

    PersonalDataKeys(MongoDatabase database, SealedSecrets secrets, Duration cacheFor) {
        this.keys = database.getCollection(COLLECTION);
        this.secrets = secrets;
        this.cacheNanos = cacheFor.toNanos();
        secrets.keepSealed(COLLECTION, "key");
    }

    private byte[] opened(Document stored) {
        return secrets.open(COLLECTION, stored.get("_id"), stored.get("key", Document.class));
    }

    private Known lookup(PersonRef subject) {
        Known cached = known.get(subject.value());
        if (cached != null && System.nanoTime() - cached.readAt() < cacheNanos) {
            return cached;
        }
        Document stored = keys.find(Filters.eq("_id", subject.value())).first();
        Known read = new Known(stored == null || stored.get("key") == null ? null : opened(stored),
                               stored != null && stored.get("key") == null, System.nanoTime());
        known.put(subject.value(), read);
        return read;
    }

    /** The person's key, made on first use; refused for an erased person. */
    byte[] keyFor(PersonRef subject) {
        Known current = lookup(subject);
        if (current.erased()) {
            throw erased();
        }
        if (current.key() != null) {
            return current.key();
        }
        Document stored = keys.find(Filters.eq("_id", subject.value())).first();
        if (stored == null) {
            byte[] key = new byte[KEY_BYTES];
            random.nextBytes(key);
            try {
                keys.insertOne(new Document("_id", subject.value())
                                       .append("key", secrets.seal(COLLECTION, subject.value(), key))
                                       .append("createdAt", Instant.now().toString()));
                known.put(subject.value(), new Known(key, false, System.nanoTime()));
                return key;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                stored = keys.find(Filters.eq("_id", subject.value())).first(); // another writer was first
            }
        }
        if (stored.get("key") == null) {
            throw erased();
        }
        known.remove(subject.value());
        return opened(stored);
    }

    private static RuleViolation erased() {
        return KernelRule.PERSON_ERASED.violation("The person's data was erased; nothing personal is recorded about it again");
    }

    /** The person's key, unless there is none (never used, or erased). */
    Optional<byte[]> existingKey(PersonRef subject) {
        return Optional.ofNullable(lookup(subject).key());
    }

    /** Read from the store, not from what this instance remembers. */
    public boolean isErased(PersonRef subject) {
        Document stored = keys.find(Filters.eq("_id", subject.value())).first();
        return stored != null && stored.get("key") == null;
    }

    /** Deletes the key for good; afterwards the person's data reads as erased. */
    public void erase(PersonRef subject) {
        keys.replaceOne(Filters.eq("_id", subject.value()),
                        new Document("_id", subject.value()).append("erasedAt", Instant.now().toString()),
                        new ReplaceOptions().upsert(true));
        known.put(subject.value(), new Known(null, true, System.nanoTime()));
    }
}
