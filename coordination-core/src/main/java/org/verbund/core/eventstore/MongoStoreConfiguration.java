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

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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

    /**
     * How long a request waits for a real MongoDB that has no primary it can reach before it fails (and the gateway
     * answers 503): the driver's default of 30 s would hold every request, and the caller, that long.
     */
    static final Duration SERVER_SELECTION_TIMEOUT = Duration.ofSeconds(3);
    /** How long opening a connection may take: a member that is up accepts in milliseconds. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /**
     * How long a reply on an open connection may take (the driver's default: forever). A member that vanished
     * without closing its connections (a network partition, a machine losing power) would otherwise hold a request
     * until the operating system gives up, minutes later. Ten seconds is far above any single operation of the
     * gateway (a batch of events, a page of history, a majority write) on a healthy replica set.
     */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /**
     * How often the driver's monitor asks each member how it is (the default: every 10 s). A member that went silent
     * is known to be gone one heartbeat and a connect timeout later, and from then on the gateway refuses at once
     * ({@link StoreReachability}) rather than letting each request wait out the read timeout; one small command a
     * second per member is nothing to a replica set.
     */
    static final Duration HEARTBEAT = Duration.ofSeconds(1);

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
                                                .orElseGet(() -> failingFast(settings).applyConnectionString(
                                                        new ConnectionString(properties.mongodbUri()))
                                                        .writeConcern(ACKNOWLEDGED_WRITES))
                                                .build());
    }

    /**
     * The timeouts and the heartbeat above, before the connection string is applied: its own
     * {@code serverSelectionTimeoutMS}, {@code connectTimeoutMS}, {@code socketTimeoutMS} and
     * {@code heartbeatFrequencyMS} win. The embedded store needs none: it lives in this
     * process, so it cannot be unreachable while the gateway runs.
     */
    static MongoClientSettings.Builder failingFast(MongoClientSettings.Builder settings) {
        return settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                               SERVER_SELECTION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                       .applyToServerSettings(server -> server.heartbeatFrequency(HEARTBEAT.toMillis(),
                                                                                  TimeUnit.MILLISECONDS))
                       .applyToSocketSettings(socket -> socket
                               .connectTimeout((int) CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                               .readTimeout((int) READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    public StoreReachability storeReachability(MongoClient client) {
        return new StoreReachability(client);
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
