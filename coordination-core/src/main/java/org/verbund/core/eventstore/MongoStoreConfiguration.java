package org.verbund.core.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.Optional;

/**
 * The MongoDB connection: a real MongoDB when {@code verbund.store.mongodb-uri} ({@code MONGODB_URI}) is set, else the
 * embedded wire-protocol server, started here. Either way the rest of the system sees one {@link MongoDatabase}.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@EnableConfigurationProperties(StoreProperties.class)
public class MongoStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoStoreConfiguration.class);

    /**
     * On a real MongoDB a write is acknowledged once a majority of the replica set has it in its journal, whatever
     * the connection string says: an acknowledged command then survives a crash of any member, and of the primary
     * losing power, and no rollback after a failover can take it back.
     */
    static final WriteConcern ACKNOWLEDGED_WRITES = WriteConcern.MAJORITY.withJournal(true);

    /** The embedded server, or nothing when a real MongoDB is configured (then nothing embedded starts). */
    @Bean(destroyMethod = "close")
    public EmbeddedStore embeddedStore(StoreProperties properties) {
        if (!properties.embedded()) {
            log.info("Event store: MongoDB at {}, writes acknowledged by a majority, journaled",
                     redacted(properties.mongodbUri()));
            return new EmbeddedStore(null);
        }
        if (properties.restoreFrom() != null) {
            EmbeddedMongoServer.restore(properties.restoreFrom(), properties.dataDir());
            log.info("Restored the backup {} into {}", properties.restoreFrom(), properties.dataDir());
        }
        EmbeddedMongoServer server = properties.embeddedBackend() == StoreProperties.EmbeddedBackend.MEMORY
                ? EmbeddedMongoServer.inMemory()
                : EmbeddedMongoServer.onFile(properties.dataDir());
        log.info("Event store: {} (set MONGODB_URI to use a real MongoDB)", server.description());
        return new EmbeddedStore(server);
    }

    /**
     * The client, with Spring Boot's settings customizers applied (they add the driver's Micrometer metrics) and our
     * connection string (or the embedded server's address and TLS client certificate) applied last, so that no
     * {@code spring.data.mongodb.*} default can redirect it.
     */
    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(StoreProperties properties, EmbeddedStore embeddedStore,
                                   ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder();
        customizers.orderedStream().forEach(customizer -> customizer.customize(settings));
        return MongoClients.create(embeddedStore.server()
                                                .map(server -> server.clientSettings(settings))
                                                .orElseGet(() -> settings.applyConnectionString(
                                                        new ConnectionString(properties.mongodbUri()))
                                                        .writeConcern(ACKNOWLEDGED_WRITES))
                                                .build());
    }

    /** The store's database; read models see it through their aliases ({@code ReadModels}). */
    @Bean
    @Primary
    public MongoDatabase verbundDatabase(MongoClient client, StoreProperties properties) {
        String database = properties.embedded() ? null : new ConnectionString(properties.mongodbUri()).getDatabase();
        return client.getDatabase(database == null ? properties.database() : database);
    }

    private static String redacted(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }

    /** Holds the embedded server, if one runs, so that it is closed after the client. */
    public record EmbeddedStore(EmbeddedMongoServer embedded) implements AutoCloseable {

        public Optional<EmbeddedMongoServer> server() {
            return Optional.ofNullable(embedded);
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
