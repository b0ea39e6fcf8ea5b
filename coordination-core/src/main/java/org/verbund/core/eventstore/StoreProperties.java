package org.verbund.core.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where events live: a real MongoDB when {@code mongodbUri} is set, otherwise the embedded wire-protocol server.
 *
 * @param mongodbUri      connection string of a real MongoDB (replica set); empty for the embedded server
 * @param database        database name, used when the URI names none
 * @param dataDir         directory of the embedded server's H2 MVStore file
 * @param embeddedBackend {@code h2} (a file in {@code dataDir}, survives restarts) or {@code memory}
 * @param restoreFrom     a backup to restore into {@code dataDir} before starting, which must hold no store yet
 */
@ConfigurationProperties("verbund.store")
public record StoreProperties(String mongodbUri, String database, Path dataDir, EmbeddedBackend embeddedBackend,
                              Path restoreFrom) {

    public enum EmbeddedBackend { H2, MEMORY }

    public StoreProperties {
        database = database == null || database.isBlank() ? "verbund" : database;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        embeddedBackend = embeddedBackend == null ? EmbeddedBackend.H2 : embeddedBackend;
        restoreFrom = restoreFrom == null || restoreFrom.toString().isBlank() ? null : restoreFrom;
    }

    public boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
