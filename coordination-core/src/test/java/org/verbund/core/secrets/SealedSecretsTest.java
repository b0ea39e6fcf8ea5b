package org.verbund.core.secrets;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.eventstore.StoreProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets at rest: sealed under a master key that is not in the store, checked at start, rotated on command. */
class SealedSecretsTest {

    private static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.inMemory();
    private static final MongoClient CLIENT = SERVER.newClient();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final byte[] SECRET = "the token-signing key's PKCS#8 bytes".getBytes();

    @TempDir
    Path dataDir;
    private MongoDatabase database;
    private MongoCollection<Document> keys;

    @BeforeEach
    void newStore() {
        database = CLIENT.getDatabase("secrets-" + DATABASES.incrementAndGet());
        keys = database.getCollection("signing_keys");
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    private MasterKeySource keyFile() {
        return MasterKeySource.of(new SecretsProperties(null, null, null), store());
    }

    private MasterKeySource given(MasterKey key, MasterKey next) {
        return MasterKeySource.of(new SecretsProperties(key.toBase64(), null, next == null ? null : next.toBase64()),
                                  store());
    }

    private StoreProperties store() {
        return new StoreProperties(null, null, dataDir, null, null);
    }

    private SealedSecrets stored(MasterKeySource source) {
        SealedSecrets secrets = SealedSecrets.open(database, source);
        secrets.keepSealed("signing_keys", "private");
        if (keys.countDocuments() == 0) {
            keys.insertOne(new Document("_id", "token-signing")
                                   .append("private", secrets.seal("signing_keys", "token-signing", SECRET)));
        }
        return secrets;
    }

    private byte[] read(SealedSecrets secrets) {
        return secrets.open("signing_keys", "token-signing", keys.find().first().get("private", Document.class));
    }

    @Test
    void theFirstStartMakesAnOwnerOnlyKeyFileAndTheStoreHoldsOnlyCiphertext() throws Exception {
        SealedSecrets secrets = stored(keyFile());
        Path file = dataDir.resolve("master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Document raw = keys.find().first().get("private", Document.class);
        assertThat(raw.keySet()).containsExactlyInAnyOrder("keyId", "nonce", "ciphertext");
        assertThat(new String(raw.get("ciphertext", Binary.class).getData())).doesNotContain("PKCS#8");
        assertThat(raw.getString("keyId")).isEqualTo(MasterKey.fromBase64(Files.readString(file)).id());
        assertThat(read(secrets)).isEqualTo(SECRET);
        assertThat(read(stored(keyFile()))).as("a later start with the same file").isEqualTo(SECRET);
    }

    @Test
    void aLaterStartWithoutTheKeyOrWithAnotherIsRefusedNeverGivenANewKey() throws Exception {
        stored(keyFile());
        Files.delete(dataDir.resolve("master.key"));
        assertThatThrownBy(() -> SealedSecrets.open(database, keyFile()))
                .hasMessageContaining("there is no master key").hasMessageContaining("No new key is made");
        assertThat(dataDir.resolve("master.key")).doesNotExist();
        assertThatThrownBy(() -> SealedSecrets.open(database, given(MasterKey.generate(), null)))
                .hasMessageContaining("is not the one the store's secrets are sealed under");
    }

    @Test
    void aKeyFileOthersMayReadIsRefused() throws Exception {
        stored(keyFile());
        Files.setPosixFilePermissions(dataDir.resolve("master.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> SealedSecrets.open(database, keyFile())).hasMessageContaining("chmod 600");
    }

    @Test
    void aSealedValueMovedToAnotherDocumentOrAlteredDoesNotOpen() {
        SealedSecrets secrets = stored(keyFile());
        Document sealed = keys.find().first().get("private", Document.class);
        assertThatThrownBy(() -> secrets.open("signing_keys", "another", sealed)).hasMessageContaining("altered");
        byte[] ciphertext = sealed.get("ciphertext", Binary.class).getData();
        ciphertext[0] ^= 1;
        assertThatThrownBy(() -> secrets.open("signing_keys", "token-signing",
                                              new Document(sealed).append("ciphertext", new Binary(ciphertext))))
                .hasMessageContaining("altered");
    }

    @Test
    void secretsAnOlderVersionStoredInTheClearAreSealedAtStart() {
        database.getCollection("personal_data_keys").insertOne(
                new Document("_id", "person-1").append("key", new Binary(SECRET)));
        keys.insertOne(new Document("_id", "token-signing")
                               .append("private", Base64.getEncoder().encodeToString(SECRET)));
        SealedSecrets secrets = SealedSecrets.open(database, keyFile());
        secrets.keepSealed("personal_data_keys", "key");
        secrets.keepSealed("signing_keys", "private");
        Document person = database.getCollection("personal_data_keys").find().first();
        assertThat(MasterKey.isSealed(person.get("key"))).isTrue();
        assertThat(secrets.open("personal_data_keys", "person-1", person.get("key", Document.class)))
                .isEqualTo(SECRET);
        assertThat(read(secrets)).isEqualTo(SECRET);
    }

    @Test
    void rotationWithAKeyFileResealsEverythingAndReplacesTheFile() throws Exception {
        SealedSecrets before = stored(keyFile());
        String oldId = MasterKey.fromBase64(Files.readString(dataDir.resolve("master.key"))).id();
        MasterKeyRotation.Outcome outcome = MasterKeyRotation.rotate(database, keyFile(),
                                                                     new SecretsProperties(null, null, null));
        assertThat(outcome.resealed()).isOne();
        assertThat(outcome.from()).isEqualTo(oldId);
        assertThat(dataDir.resolve("master.key.new")).doesNotExist();
        MasterKey now = MasterKey.fromBase64(Files.readString(dataDir.resolve("master.key")));
        assertThat(now.id()).isEqualTo(outcome.to()).isNotEqualTo(oldId);
        assertThat(keys.find().first().get("private", Document.class).getString("keyId")).isEqualTo(now.id());
        assertThat(read(SealedSecrets.open(database, keyFile()))).isEqualTo(SECRET);
        assertThatThrownBy(() -> read(before)).hasMessageContaining("sealed under master key " + now.id());
    }

    @Test
    void rotationWithAGivenKeyNeedsTheNewOneAndAfterwardsOnlyTheNewOneStarts() {
        MasterKey current = MasterKey.generate();
        MasterKey next = MasterKey.generate();
        stored(given(current, null));
        assertThatThrownBy(() -> MasterKeyRotation.rotate(database, given(current, null),
                                                          new SecretsProperties(current.toBase64(), null, null)))
                .hasMessageContaining("VERBUND_NEW_MASTER_KEY");
        MasterKeyRotation.rotate(database, given(current, next),
                                 new SecretsProperties(current.toBase64(), null, next.toBase64()));
        assertThatThrownBy(() -> SealedSecrets.open(database, given(current, null)))
                .hasMessageContaining("is not the one");
        assertThat(read(stored(given(next, null)))).isEqualTo(SECRET);
    }

    @Test
    void anInterruptedRotationStopsEveryStartUntilItIsRunAgain() throws Exception {
        stored(keyFile());
        MasterKey pending = keyFile().pendingOrNew();
        database.getCollection(SealedSecrets.MARKERS).updateOne(Filters.eq("_id", SealedSecrets.MARKER_ID),
                                                                Updates.set("rotatingTo", pending.id()));
        assertThatThrownBy(() -> SealedSecrets.open(database, keyFile()))
                .hasMessageContaining("rotation").hasMessageContaining("interrupted");
        MasterKeyRotation.Outcome outcome = MasterKeyRotation.rotate(database, keyFile(),
                                                                     new SecretsProperties(null, null, null));
        assertThat(outcome.to()).isEqualTo(pending.id());
        assertThat(read(SealedSecrets.open(database, keyFile()))).isEqualTo(SECRET);
    }
}
