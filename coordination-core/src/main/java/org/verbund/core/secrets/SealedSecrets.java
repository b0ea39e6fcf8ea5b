package org.verbund.core.secrets;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Base64;
import java.util.List;

/**
 * The secrets Verbund keeps in its store (the token-signing key, every person's key), each sealed under the master
 * key ({@link MasterKey}), which is not in the store: a copy of the database alone opens none of them.
 * <p>
 * The store remembers, in {@code master_key}, the id of the key its secrets are sealed under and which fields hold
 * sealed secrets, so that a start with another key or none is refused with a clear message (never a new key that
 * would open nothing), and so that {@link MasterKeyRotation} finds every secret to re-seal.
 */
public final class SealedSecrets {

    static final String MARKERS = "master_key";
    static final String MARKER_ID = "master-key";
    private static final Logger log = LoggerFactory.getLogger(SealedSecrets.class);

    private final MongoDatabase database;
    private final MasterKey key;

    private SealedSecrets(MongoDatabase database, MasterKey key) {
        this.database = database;
        this.key = key;
    }

    /** The store's secrets under the master key from {@code source}; made on the store's first start only. */
    static SealedSecrets open(MongoDatabase database, MasterKeySource source) {
        Document marker = database.getCollection(MARKERS).find(Filters.eq("_id", MARKER_ID)).first();
        if (marker != null) {
            return new SealedSecrets(database, checked(marker, source));
        }
        return under(database, source.existing().orElseGet(() -> {
            MasterKey created = source.create();
            log.warn("Made a new master key in {}: back it up apart from the database (a backup of the database "
                     + "alone opens no secret); without it the store's secrets are lost", source.describe());
            return created;
        }));
    }

    /** The store's secrets under {@code key}, which becomes the store's key if it has none yet. */
    public static SealedSecrets under(MongoDatabase database, MasterKey key) {
        MongoCollection<Document> markers = database.getCollection(MARKERS);
        try {
            markers.insertOne(new Document("_id", MARKER_ID).append("keyId", key.id()).append("fields", List.of()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            String sealedUnder = markers.find(Filters.eq("_id", MARKER_ID)).first().getString("keyId");
            if (!sealedUnder.equals(key.id())) { // another gateway started first, with another key
                throw new IllegalStateException("The store's secrets are sealed under master key " + sealedUnder
                                                + ", not under " + key.id());
            }
        }
        return new SealedSecrets(database, key);
    }

    private static MasterKey checked(Document marker, MasterKeySource source) {
        String sealedUnder = marker.getString("keyId");
        if (marker.get("rotatingTo") != null) {
            throw new IllegalStateException("A master key rotation (to key " + marker.get("rotatingTo") + ") is "
                                            + "under way or was interrupted: run " + MasterKeyRotation.COMMAND
                                            + " again to finish it, then start the gateway");
        }
        MasterKey key = source.existing().orElseThrow(() -> new IllegalStateException(
                "The store's secrets are sealed under master key " + sealedUnder + ", but there is no master key: "
                + "set VERBUND_MASTER_KEY or restore " + source.describe() + ". No new key is made for a store "
                + "that has one: it would open none of its secrets."));
        if (!key.id().equals(sealedUnder)) {
            boolean unfinished = source.pending().filter(pending -> pending.id().equals(sealedUnder)).isPresent();
            throw new IllegalStateException("The master key from " + source.describe() + " (id " + key.id()
                                            + ") is not the one the store's secrets are sealed under (id "
                                            + sealedUnder + ")" + (unfinished ? ". A rotation was interrupted at "
                                            + "its end: run " + MasterKeyRotation.COMMAND + " again" : ""));
        }
        return key;
    }

    /** The secret, sealed for the document {@code id} of {@code collection}. */
    public Document seal(String collection, Object id, byte[] secret) {
        return key.seal(secret, context(collection, id));
    }

    /** A secret {@link #seal} sealed for this very document. */
    public byte[] open(String collection, Object id, Document sealed) {
        return key.open(sealed, context(collection, id));
    }

    /**
     * Records that {@code field} of {@code collection} holds sealed secrets, and, the first time, seals those an
     * older version of Verbund stored there in the clear (a key as binary, or as Base64 text).
     */
    public void keepSealed(String collection, String field) {
        MongoCollection<Document> markers = database.getCollection(MARKERS);
        Document marker = markers.find(Filters.eq("_id", MARKER_ID)).first();
        if (marker != null && marker.getList("fields", String.class, List.of()).contains(collection + "." + field)) {
            return; // recorded at an earlier start, and sealed ever since: no need to read every document again
        }
        markers.updateOne(Filters.eq("_id", MARKER_ID), Updates.addToSet("fields", collection + "." + field));
        MongoCollection<Document> documents = database.getCollection(collection);
        int sealed = 0;
        for (Document document : documents.find(Filters.exists(field))) {
            Object value = document.get(field);
            if (MasterKey.isSealed(value)) {
                continue;
            }
            byte[] clear = value instanceof Binary binary ? binary.getData()
                    : Base64.getDecoder().decode(String.valueOf(value));
            documents.updateOne(Filters.eq("_id", document.get("_id")),
                                Updates.set(field, seal(collection, document.get("_id"), clear)));
            sealed++;
        }
        if (sealed > 0) {
            log.info("Sealed {} secrets that were stored in the clear in {}.{}", sealed, collection, field);
        }
    }

    static String context(String collection, Object id) {
        return collection + "/" + id;
    }
}
