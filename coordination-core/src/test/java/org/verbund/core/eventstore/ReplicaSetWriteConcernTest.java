package org.verbund.core.eventstore;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With MONGODB_URI, writes are acknowledged by a journaled majority even when the connection string says otherwise. */
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
}
