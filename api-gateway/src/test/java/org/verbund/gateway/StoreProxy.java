package org.verbund.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy of the test's own between the gateway and its store, on a fixed loopback port. {@link #cut()} resets
 * every connection through it and stops listening, so that new connections are refused, as when the store's machine
 * is gone; {@link #silence()} keeps every connection open and accepts new ones but holds back every byte, as a
 * network partition does (TCP delivers what was held back once it heals); {@link #restore()} undoes either. Plain
 * sockets and one thread per direction of each connection: the test sends a few hundred requests, not a benchmark's
 * load.
 */
final class StoreProxy implements AutoCloseable {

    /** How the store goes away. */
    enum Failure {
        /** Connections reset, new ones refused: the store's process or machine is gone. */
        CUT,
        /** Nothing arrives any more, and nothing says so: a partition, or a machine that lost power. */
        SILENT
    }

    private final InetSocketAddress store;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "store-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ServerSocket listening;
    private final Object voice = new Object();
    private boolean silent; // guarded by voice

    StoreProxy(InetSocketAddress store) throws IOException {
        this.store = store;
        this.listening = listen(0);
        this.port = listening.getLocalPort();
        threads.execute(() -> accept(listening));
    }

    int port() {
        return port;
    }

    /** How many connections the gateway has opened through the proxy so far. */
    int connectionsAccepted() {
        return connections.get();
    }

    /** The store becomes unreachable: open connections are reset, new ones refused. */
    synchronized void cut() throws IOException {
        listening.close();
        for (Socket socket : open) {
            reset(socket);
        }
    }

    /** The store becomes unreachable as {@code failure} says. */
    void fail(Failure failure) throws IOException {
        if (failure == Failure.CUT) {
            cut();
        } else {
            silence();
        }
    }

    /** Every byte either way is held back from now on; connections stay open and new ones are accepted. */
    void silence() {
        synchronized (voice) {
            silent = true;
        }
    }

    /** The store is reachable again, on the same address; bytes held back are delivered. */
    synchronized void restore() throws IOException {
        synchronized (voice) {
            if (silent) {
                silent = false;
                voice.notifyAll();
                return;
            }
        }
        listening = listen(port);
        ServerSocket server = listening;
        threads.execute(() -> accept(server));
    }

    private void awaitVoice() throws InterruptedException {
        synchronized (voice) {
            while (silent) {
                voice.wait();
            }
        }
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true); // the port of before, at once: the gateway's connection string names it
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return server;
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket gateway = server.accept();
                Socket toStore;
                try {
                    toStore = new Socket(store.getAddress(), store.getPort());
                } catch (IOException storeGone) {
                    reset(gateway);
                    continue;
                }
                connections.incrementAndGet();
                open.add(gateway);
                open.add(toStore);
                threads.execute(() -> pump(gateway, toStore));
                threads.execute(() -> pump(toStore, gateway));
            } catch (IOException closed) {
                // cut(): the listening socket is closed, and this loop ends
            }
        }
    }

    /** Copies one direction until either side ends, then closes both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                awaitVoice();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // one side closed or was reset: the other follows
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } finally {
            reset(from);
            reset(to);
        }
    }

    /** Closes with a reset (SO_LINGER 0), as a peer that is gone would leave it, not with an orderly FIN. */
    private void reset(Socket socket) {
        open.remove(socket);
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException alreadyClosed) {
            // nothing to reset
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that was wanted
        }
    }

    @Override
    public synchronized void close() throws IOException {
        synchronized (voice) {
            silent = false; // so that no pump waits for a voice that never comes
            voice.notifyAll();
        }
        cut();
        threads.shutdownNow();
    }
}
