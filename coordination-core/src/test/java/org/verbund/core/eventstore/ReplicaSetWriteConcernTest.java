package org.verbund.core.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With MONGODB_URI, writes are acknowledged by a journaled majority even when the connection string says otherwise,
 * and a store that does not answer fails requests within seconds unless the connection string sets its own timeouts.
 */
class ReplicaSetWriteConcernTest {

    @Test
    void aRealMongoDbIsWrittenWithMajorityAndJournal() {
        MongoStoreConfiguration configuration = new MongoStoreConfiguration();
        StoreProperties properties = new StoreProperties("mongodb://127.0.0.1:1/verbund?w=1&journal=false",
                                                         null, Path.of("unused"), null, null);
        // the driver connects lazily: nothing listens on port 1, and nothing needs to
        try (MongoClient client = configuration.mongoClient(properties, new MongoStoreConfiguration.EmbeddedStore(null),
                new StaticListableBeanFactory().getBeanProvider(
                        org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer.class))) {
            WriteConcern concern = configuration.verbundDatabase(client, properties).getWriteConcern();
            assertThat(concern.getWString()).isEqualTo("majority");
            assertThat(concern.getJournal()).isTrue();
        }
    }

    /** A store that is gone fails a request within seconds (then 503), not after the driver's 30 s or never. */
    @Test
    void aRealMongoDbThatDoesNotAnswerFailsFastUnlessTheConnectionStringSaysOtherwise() {
        MongoClientSettings defaults = MongoStoreConfiguration.failingFast(MongoClientSettings.builder())
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:1/verbund")).build();
        assertThat(defaults.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(3_000);
        assertThat(defaults.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2_000);
        assertThat(defaults.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(10_000);
        assertThat(defaults.getServerSettings().getHeartbeatFrequency(TimeUnit.MILLISECONDS)).isEqualTo(1_000);

        MongoClientSettings own = MongoStoreConfiguration.failingFast(MongoClientSettings.builder())
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:1/verbund?serverSelectionTimeoutMS=500"
                                                            + "&connectTimeoutMS=700&socketTimeoutMS=900&heartbeatFrequencyMS=1100")).build();
        assertThat(own.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(500);
        assertThat(own.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(700);
        assertThat(own.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(900);
        assertThat(own.getServerSettings().getHeartbeatFrequency(TimeUnit.MILLISECONDS)).isEqualTo(1_100);
    }
}
