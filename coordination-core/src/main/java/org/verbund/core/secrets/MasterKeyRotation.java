package org.verbund.core.secrets;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.verbund.core.eventstore.MongoStoreConfiguration;
import org.verbund.core.eventstore.StoreProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar verbund-gateway.jar rotate-master-key}: re-seals every secret of the store under a new master
 * key, with every gateway of the store stopped. With a key file the new key is made in {@code master.key.new} and
 * replaces the key file at the end; with {@code VERBUND_MASTER_KEY} the new key is {@code VERBUND_NEW_MASTER_KEY},
 * and the gateways start with it afterwards. The secrets themselves stay as they were: tokens signed before stay
 * valid until they expire. A rotation that was interrupted is finished by running it again with the same keys;
 * until then no gateway starts.
 */
public final class MasterKeyRotation {

    public static final String COMMAND = "rotate-master-key";
    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);

    /** What a rotation did. */
    public record Outcome(String from, String to, int resealed) {
    }

    private MasterKeyRotation() {
    }

    /** Runs the command on the store the arguments and environment configure, as the gateway would. */
    public static Outcome run(String... arguments) {
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(arguments)) {
            SecretsProperties secrets = store.getBean(SecretsProperties.class);
            Outcome outcome = rotate(store.getBean(MongoDatabase.class),
                                     MasterKeySource.of(secrets, store.getBean(StoreProperties.class)), secrets);
            log.info("Re-sealed {} secrets from master key {} to {}.{}", outcome.resealed(), outcome.from(),
                     outcome.to(), secrets.masterKey() == null ? " The key file holds the new key."
                             : " Start the gateways with VERBUND_MASTER_KEY set to VERBUND_NEW_MASTER_KEY's value.");
            return outcome;
        }
    }

    static Outcome rotate(MongoDatabase database, MasterKeySource source, SecretsProperties secrets) {
        MongoCollection<Document> markers = database.getCollection(SealedSecrets.MARKERS);
        Bson markerId = Filters.eq("_id", SealedSecrets.MARKER_ID);
        Document marker = markers.find(markerId).first();
        if (marker == null) {
            throw new IllegalStateException("The store has no master key yet: there is nothing to rotate");
        }
        String sealedUnder = marker.getString("keyId");
        if (marker.get("rotatingTo") == null && source.pending().filter(key -> key.id().equals(sealedUnder))
                                                      .isPresent()) {
            source.promotePending(); // interrupted after the store had moved to the new key: only the file was left
            return new Outcome("(the key file's former key)", sealedUnder, 0);
        }
        MasterKey from = source.existing().filter(key -> key.id().equals(sealedUnder)).orElseThrow(
                () -> new IllegalStateException("Rotation needs the master key the store is sealed under ("
                                                + sealedUnder + ") in " + source.describe()));
        MasterKey to = newKey(source, secrets);
        if (to.id().equals(from.id())) {
            throw new IllegalStateException("The new master key is the current one");
        }
        Object unfinished = marker.get("rotatingTo");
        if (unfinished != null && !unfinished.equals(to.id())) {
            throw new IllegalStateException("A rotation to master key " + unfinished + " was interrupted: run it "
                                            + "again with that key as the new one");
        }
        markers.updateOne(markerId, Updates.set("rotatingTo", to.id()));
        int resealed = 0;
        for (String field : marker.getList("fields", String.class, List.of())) {
            resealed += reseal(database, field, from, to);
        }
        markers.updateOne(markerId, Updates.combine(Updates.set("keyId", to.id()), Updates.unset("rotatingTo")));
        if (!source.fromEnvironment()) {
            source.promotePending();
        }
        return new Outcome(from.id(), to.id(), resealed);
    }

    private static MasterKey newKey(MasterKeySource source, SecretsProperties secrets) {
        if (!source.fromEnvironment()) {
            return source.pendingOrNew();
        }
        if (secrets.newMasterKey() == null) {
            throw new IllegalStateException("The master key comes from VERBUND_MASTER_KEY: give the new one in "
                                            + "VERBUND_NEW_MASTER_KEY (for example: openssl rand -base64 32)");
        }
        return MasterKey.fromBase64(secrets.newMasterKey());
    }

    /** Re-seals {@code collection.field} of every document still sealed under {@code from}. */
    private static int reseal(MongoDatabase database, String field, MasterKey from, MasterKey to) {
        String collectionName = field.substring(0, field.indexOf('.'));
        String name = field.substring(field.indexOf('.') + 1);
        MongoCollection<Document> documents = database.getCollection(collectionName);
        Bson underOldKey = Filters.eq(name + ".keyId", from.id());
        int resealed = 0;
        for (Document document : documents.find(underOldKey).into(new ArrayList<>())) {
            String context = SealedSecrets.context(collectionName, document.get("_id"));
            byte[] secret = from.open(document.get(name, Document.class), context);
            documents.updateOne(Filters.and(Filters.eq("_id", document.get("_id")), underOldKey),
                                Updates.set(name, to.seal(secret, context)));
            resealed++;
        }
        long left = documents.countDocuments(underOldKey);
        if (left > 0) {
            throw new IllegalStateException(left + " secrets in " + field + " are still sealed under the old key "
                                            + "(is a gateway running?): stop every gateway and run the rotation again");
        }
        return resealed;
    }

    /** Only the store and the secrets' configuration: no processors, no web server, no demo. */
    @Configuration(proxyBeanMethods = false)
    @Import(MongoStoreConfiguration.class)
    @EnableConfigurationProperties(SecretsProperties.class)
    static class StoreOnly {
    }
}
