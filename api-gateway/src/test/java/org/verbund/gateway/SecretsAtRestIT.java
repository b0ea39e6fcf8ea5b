package org.verbund.gateway;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.eventstore.MongoStoreConfiguration;
import org.verbund.core.secrets.MasterKey;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store and its secrets belong to the gateway: a raw wire client on the embedded store's port gets nothing, the
 * signing key and the personal-data keys are on disk only sealed under the master key, a copy of the database
 * without that key opens nothing, and a rotation re-seals everything while the tokens issued before stay valid.
 */
class SecretsAtRestIT {

    private static final String ISSUER = "http://verbund.test"; // the same iss before and after the restarts

    @TempDir
    Path dataDir;
    @TempDir
    Path copyDir;

    @Test
    void aCopyOfTheStoreOpensNoSecretAndARotationKeepsTokensValid() throws Exception {
        String token;
        String contact;
        String privateKey;
        try (RunningGateway gateway = gatewayOn(dataDir)) {
            gateway.registered("isb");
            String coordinator = gateway.tokenFor("sozialdezernat", "COORDINATOR");
            token = gateway.tokenFor("isb", "PARTNER");
            String partnership = gateway.post("/api/cooperation/partnerships", coordinator, """
                    {"partnerCity": "Plovdiv", "country": "Bulgarien", "participantIds": ["isb"]}""")
                                        .json().path("id").asText();
            contact = gateway.post("/api/cooperation/contacts", token, """
                    {"partnershipId": "%s", "institution": "NGO Amalipe (Beispiel)", "level": "NGO",
                     "role": "COORDINATION", "name": "Maria Beispiel", "email": "maria@example.org"}"""
                    .formatted(partnership)).json().path("id").asText();
            privateKey = Base64.getEncoder().encodeToString(((ImmutableJWKSet<?>) gateway.bean(ImmutableJWKSet.class))
                    .getJWKSet().getKeys().get(0).toRSAKey().toPrivateKey().getEncoded());

            InetSocketAddress store = gateway.bean(MongoStoreConfiguration.EmbeddedStore.class).server()
                                             .orElseThrow().address();
            try (MongoClient stranger = MongoClients.create(MongoClientSettings.builder().applyToClusterSettings(
                    cluster -> cluster.hosts(List.of(new ServerAddress(store.getHostString(), store.getPort())))
                                      .serverSelectionTimeout(2, TimeUnit.SECONDS)).build())) {
                assertThatThrownBy(() -> stranger.getDatabase("verbund").getCollection("signing_keys").find()
                                                 .first()).isInstanceOf(MongoException.class);
            }
        }

        try (EmbeddedMongoServer raw = EmbeddedMongoServer.onFile(dataDir); MongoClient client = raw.newClient()) {
            MongoDatabase database = client.getDatabase("verbund");
            Document signing = database.getCollection("signing_keys").find().first();
            assertThat(MasterKey.isSealed(signing.get("private"))).as("the stored signing key is sealed").isTrue();
            List<Document> personKeys = database.getCollection("personal_data_keys").find().into(new ArrayList<>());
            assertThat(personKeys).isNotEmpty().allSatisfy(
                    person -> assertThat(MasterKey.isSealed(person.get("key"))).isTrue());
            StringBuilder everything = new StringBuilder();
            for (String collection : database.listCollectionNames()) {
                database.getCollection(collection).find().forEach(document -> everything.append(document.toJson()));
            }
            assertThat(everything).doesNotContain(privateKey).doesNotContain(privateKey.substring(100, 160))
                                  .doesNotContain("Maria Beispiel").doesNotContain("maria@example.org");
        }

        Files.copy(dataDir.resolve("verbund.mv"), copyDir.resolve("verbund.mv"));
        assertThatThrownBy(() -> gatewayOn(copyDir).close()).as("the database without the master key")
                .hasStackTraceContaining("there is no master key");

        String before = Files.readString(dataDir.resolve("master.key"));
        VerbundGatewayApplication.main(new String[] {"rotate-master-key", "--verbund.store.data-dir=" + dataDir,
                                                     "--verbund.store.mongodb-uri="});
        assertThat(Files.readString(dataDir.resolve("master.key"))).isNotEqualTo(before);

        try (RunningGateway after = gatewayOn(dataDir)) {
            RunningGateway.Response read = after.get("/api/cooperation/contacts/" + contact, token);
            assertThat(read.status()).as("a token of before the rotation").isEqualTo(200);
            assertThat(read.json().path("name").path("value").asText()).isEqualTo("Maria Beispiel");
        }
    }

    private static RunningGateway gatewayOn(Path dataDir) {
        return new RunningGateway(dataDir, "", "--verbund.security.token-issuer=" + ISSUER);
    }
}
