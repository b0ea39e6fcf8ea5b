package org.verbund.core.eventstore;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Another process on the host reaches the embedded store's port but gets nothing from it. */
class EmbeddedStoreClosedTest {

    @TempDir
    static Path dataDir;
    private static EmbeddedMongoServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedMongoServer.onFile(dataDir.resolve("data"));
        try (MongoClient gateway = server.newClient()) {
            gateway.getDatabase("verbund").getCollection("signing_keys").insertOne(new Document("_id", "secret"));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theProcessThatStartedItReadsAndWrites() {
        try (MongoClient gateway = server.newClient()) {
            assertThat(gateway.getDatabase("verbund").getCollection("signing_keys").countDocuments()).isOne();
        }
    }

    @Test
    void aPlainWireClientGetsNoData() {
        assertNoData(MongoClientSettings.builder());
    }

    @Test
    void aTlsClientWithoutTheGatewaysCertificateGetsNoData() throws Exception {
        SSLContext trustingAnything = SSLContext.getInstance("TLS");
        trustingAnything.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        assertNoData(MongoClientSettings.builder().applyToSslSettings(
                ssl -> ssl.enabled(true).invalidHostNameAllowed(true).context(trustingAnything)));
    }

    @Test
    void theDataDirectoryAndItsFilesAreTheOwnersOnly() throws Exception {
        Path directory = dataDir.resolve("data");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("verbund.mv"))))
                .isEqualTo("rw-------");
    }

    private static void assertNoData(MongoClientSettings.Builder settings) {
        InetSocketAddress address = server.address();
        try (MongoClient stranger = MongoClients.create(settings
                .applyToClusterSettings(cluster -> cluster.hosts(List.of(
                        new ServerAddress(address.getHostString(), address.getPort())))
                        .serverSelectionTimeout(2, TimeUnit.SECONDS))
                .build())) {
            assertThatThrownBy(() -> stranger.getDatabase("verbund").getCollection("signing_keys").find().first())
                    .isInstanceOf(MongoException.class);
            assertThatThrownBy(() -> stranger.getDatabase("verbund").getCollection("signing_keys")
                                             .insertOne(new Document("_id", "planted")))
                    .isInstanceOf(MongoException.class);
        }
        try (MongoClient gateway = server.newClient()) {
            assertThat(gateway.getDatabase("verbund").getCollection("signing_keys").countDocuments()).isOne();
        }
    }
}
