package org.verbund.core.eventstore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The in-process MongoDB wire-protocol server (mongo-java-server) used when no real MongoDB is configured. It listens
 * on a free loopback port and is reached through the official driver like any MongoDB.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String description;

    private EmbeddedMongoServer(MongoBackend backend, String description) {
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        this.address = server.getLocalAddress();
        this.description = description + " on " + address.getHostString() + ":" + address.getPort();
    }

    /**
     * A server whose data lives in an H2 MVStore file in {@code dataDir}: it survives restarts, and every acknowledged
     * write survives the process being killed.
     */
    public static EmbeddedMongoServer onFile(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("verbund.mv").toAbsolutePath();
        return new EmbeddedMongoServer(new CommittingH2Backend(file.toString()),
                                       "embedded mongo-java-server, H2 file " + file);
    }

    /** A server that keeps everything in memory (tests and benchmarks). */
    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "embedded mongo-java-server, in memory");
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
