package org.verbund.core.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.ssl.SslContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * The in-process MongoDB wire-protocol server (mongo-java-server's backends and protocol handlers) used when no real
 * MongoDB is configured. It listens on a free loopback port, speaks only TLS and serves only a client presenting this
 * process's certificate ({@link WireCredentials}); the gateway reaches it through the official driver like any MongoDB.
 * <p>
 * The server is assembled here rather than with mongo-java-server's {@code MongoServer}, whose TLS option cannot
 * require a client certificate: without one, any local process could read and write the store.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoBackend backend;
    private final WireCredentials credentials = new WireCredentials();
    private final EventLoopGroup acceptors = new NioEventLoopGroup(1, new MongoThreadFactory("mongo-server-boss"));
    private final EventLoopGroup workers = new NioEventLoopGroup(0, new MongoThreadFactory("mongo-server-worker"));
    private final ChannelGroup connections = new DefaultChannelGroup("mongodb-channels", workers.next());
    private final Channel listening;
    private final String description;

    /** A server on any backend (tests give the H2 backend a file system of their own). */
    EmbeddedMongoServer(MongoBackend backend, String description) {
        this.backend = backend;
        SslContext tls = credentials.serverContext();
        try {
            this.listening = new ServerBootstrap()
                    .group(acceptors, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 100)
                    .localAddress(new InetSocketAddress("127.0.0.1", 0))
                    .childOption(ChannelOption.TCP_NODELAY, Boolean.TRUE)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(tls.newHandler(channel.alloc()),
                                                       new MongoWireReplyEncoder(),
                                                       new MongoWireMessageEncoder(),
                                                       new MongoWireProtocolHandler());
                            if (backend instanceof CommittingH2Backend durable) {
                                channel.pipeline().addLast(durable.durableReplies());
                            }
                            channel.pipeline().addLast(new MongoDatabaseHandler(backend, connections),
                                                       new RefusedConnections());
                        }
                    })
                    .bind().syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            shutDownThreads();
            backend.close();
            throw e;
        }
        this.description = description + " on " + address().getHostString() + ":" + address().getPort()
                           + " (TLS, client certificate of this process only)";
    }

    /**
     * A server whose data lives in an H2 MVStore file in {@code dataDir} (owner-only permissions): it survives
     * restarts, and every acknowledged write is on disk (forced in groups), so it survives the process being killed
     * and the machine losing power.
     */
    public static EmbeddedMongoServer onFile(Path dataDir) {
        return onFile(dataDir, CommittingH2Backend.FileSync.GROUPED);
    }

    /** As {@link #onFile(Path)}, forcing the file as {@code fileSync} says (benchmarks compare the two). */
    static EmbeddedMongoServer onFile(Path dataDir, CommittingH2Backend.FileSync fileSync) {
        DataDirectory directory = DataDirectory.open(dataDir);
        Path file = directory.resolve(StoreFileBackup.STORE_FILE);
        EmbeddedMongoServer server = new EmbeddedMongoServer(new CommittingH2Backend(file.toString(), fileSync),
                                                             "embedded mongo-java-server, H2 file " + file
                                                             + " (fsync before every acknowledgement, "
                                                             + (fileSync == CommittingH2Backend.FileSync.GROUPED
                                                                     ? "group commit)" : "one per write)"));
        directory.restrict();
        return server;
    }

    /** A server that keeps everything in memory (tests and benchmarks). */
    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "embedded mongo-java-server, in memory");
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listening.localAddress();
    }

    /** Driver settings that reach this server: its address, and the TLS client certificate it requires. */
    public MongoClientSettings.Builder clientSettings(MongoClientSettings.Builder settings) {
        SSLContext tls = credentials.clientContext();
        return settings.applyConnectionString(new ConnectionString(
                               "mongodb://" + address().getHostString() + ":" + address().getPort()))
                       .applyToSslSettings(ssl -> ssl.enabled(true).context(tls));
    }

    /** A client of this server (tests, benchmarks and tools; the gateway's own comes from its configuration). */
    public MongoClient newClient() {
        return MongoClients.create(clientSettings(MongoClientSettings.builder()).build());
    }

    /** How many writes shared one force of the file, on average (1.0 without group commit or without a file). */
    double writesPerForce() {
        return backend instanceof CommittingH2Backend durable ? durable.writesPerForce() : 1.0;
    }

    /** Whether {@link #backup} can be taken: the store lives in a file. */
    public boolean backsUp() {
        return backend instanceof CommittingH2Backend;
    }

    /**
     * Writes a consistent backup of the running store to {@code target} (a zip; see {@link StoreFileBackup}), which
     * stays open; returns the bytes of the store file it holds.
     */
    public long backup(OutputStream target) throws IOException {
        if (!(backend instanceof CommittingH2Backend durable)) {
            throw new IllegalStateException("An in-memory store has no file to back up");
        }
        return durable.backup(target);
    }

    /** Puts the store of a backup into a data directory that holds none yet (see {@link StoreFileBackup#restore}). */
    public static void restore(Path backup, Path dataDir) {
        StoreFileBackup.restore(backup, dataDir);
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        listening.close().syncUninterruptibly();
        connections.close().syncUninterruptibly();
        shutDownThreads();
        backend.close();
    }

    /**
     * Closes a connection that fails the handshake (no certificate, or not TLS at all) and says so at most once a
     * minute, so that a stranger knocking cannot fill the log; other failures are mongo-java-server's to report.
     */
    private static final class RefusedConnections extends MongoExceptionHandler {

        private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
        private static final AtomicLong refused = new AtomicLong();
        private static final AtomicLong reportedAt = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(1));

        @Override
        public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
            if (!(cause instanceof NotSslRecordException || cause.getCause() instanceof SSLException)) {
                super.exceptionCaught(context, cause);
                return;
            }
            long count = refused.incrementAndGet();
            long last = reportedAt.get();
            long now = System.nanoTime();
            if (now - last > TimeUnit.MINUTES.toNanos(1) && reportedAt.compareAndSet(last, now)) {
                log.warn("Refused a connection to the embedded store from {} without the gateway's certificate "
                         + "({} so far): {}", context.channel().remoteAddress(), count,
                         cause instanceof NotSslRecordException ? "not TLS" : cause.getCause().getMessage());
            }
            context.close();
        }
    }

    private void shutDownThreads() {
        acceptors.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        acceptors.terminationFuture().syncUninterruptibly();
        workers.terminationFuture().syncUninterruptibly();
    }
}
