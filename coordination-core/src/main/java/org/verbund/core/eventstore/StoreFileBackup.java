package org.verbund.core.eventstore;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.concurrent.locks.Lock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A consistent backup of the embedded store's MVStore file while it runs, and its restore into a fresh data directory.
 * <p>
 * With no write in flight (the backend's write lock), the store is committed, so the file holds one version with every
 * write applied so far and none half-applied; its length and its two header blocks are taken then. While the rest is
 * copied, writes go on: MVStore does not reuse space during the backup, so new versions only append beyond that
 * length and the copied prefix stays exactly that version. Writes wait only for the commit, not for the copy.
 */
final class StoreFileBackup {

    static final String STORE_FILE = "verbund.mv";
    /** MVStore's two file headers, at the start of the file in blocks of 4 KiB (rewritten in place, never appended). */
    private static final int HEADER_BYTES = 2 * 4096;

    private StoreFileBackup() {
    }

    /** Writes the backup (a zip holding {@value #STORE_FILE}) to {@code target}, which stays open; returns its bytes. */
    static long write(MVStore store, Path file, Lock noWriteInFlight, OutputStream target) throws IOException {
        FileStore<?> fileStore = store.getFileStore();
        boolean reusedSpace = fileStore.isSpaceReused();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length;
            ByteBuffer headers;
            noWriteInFlight.lock();
            try {
                fileStore.setReuseSpace(false);
                store.commit();
                length = channel.size();
                headers = ByteBuffer.allocate((int) Math.min(HEADER_BYTES, length));
                readFully(channel, headers, 0);
            } finally {
                noWriteInFlight.unlock();
            }
            ZipOutputStream zip = new ZipOutputStream(target);
            zip.setComment("Verbund embedded store backup, taken " + Instant.now() + ", " + length + " bytes of "
                           + STORE_FILE + "; restore with --verbund.store.restore-from into a fresh data directory");
            zip.putNextEntry(new ZipEntry(STORE_FILE));
            zip.write(headers.array(), 0, headers.limit());
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            for (long position = headers.limit(); position < length; position += buffer.limit()) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), length - position));
                readFully(channel, buffer, position);
                zip.write(buffer.array(), 0, buffer.limit());
            }
            zip.closeEntry();
            zip.finish();
            return length;
        } finally {
            fileStore.setReuseSpace(reusedSpace);
        }
    }

    /**
     * Puts the store file of {@code backup} into {@code dataDir}, which must not hold a store yet (a restore never
     * overwrites one); the file appears whole or not at all.
     */
    static void restore(Path backup, Path dataDir) {
        DataDirectory directory = DataDirectory.open(dataDir);
        Path store = directory.resolve(STORE_FILE);
        if (Files.exists(store)) {
            throw new IllegalStateException("Not restoring " + backup + ": " + dataDir + " already holds a store ("
                                            + store + "); restore into a fresh data directory");
        }
        try (InputStream in = Files.newInputStream(backup); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(STORE_FILE)) {
                    Path partial = directory.resolve(STORE_FILE + ".restoring");
                    Files.copy(zip, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, store, StandardCopyOption.ATOMIC_MOVE);
                    directory.restrict();
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + backup + " into " + dataDir, e);
        }
        throw new IllegalStateException(backup + " is not a Verbund store backup: it holds no " + STORE_FILE);
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("The store file ended before " + (position + buffer.position()));
            }
        }
        buffer.flip();
    }
}
