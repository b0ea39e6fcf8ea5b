package org.verbund.core.eventstore;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An H2 file system ({@code powercut:<path>}) that shows what a disk would hold if the power failed now: every file
 * gets a twin ({@code <path>.on-disk}) into which its writes are copied only when the file is forced (fsync). Writes
 * not yet forced exist only in the real file, as they would only in the operating system's cache. Public with a
 * public constructor because H2 makes its paths by reflection.
 */
public final class PowerCutFileSystem extends FilePathWrapper {

    private static final Object DISK = new Object();

    public PowerCutFileSystem() {
    }

    static void register() {
        FilePath.register(new PowerCutFileSystem());
    }

    /** Copies what the disk holds now (as of the last forces) to {@code target}: the file after a power cut. */
    static void cutPowerAndCopy(Path file, Path target) throws IOException {
        synchronized (DISK) {
            Path onDisk = onDisk(file);
            if (Files.exists(onDisk)) {
                Files.copy(onDisk, target);
            } else {
                Files.createFile(target);
            }
        }
    }

    @Override
    public String getScheme() {
        return "powercut";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new ForcedOnly(getBase().open(mode), onDisk(Path.of(getBase().toString())));
    }

    private static Path onDisk(Path file) {
        return file.resolveSibling(file.getFileName() + ".on-disk");
    }

    /** A write or truncation waiting for the next force. */
    private record Pending(long position, byte[] bytes, long truncateTo) {
    }

    private static final class ForcedOnly extends FileBase {

        private final FileChannel channel;
        private final Path onDisk;
        private final List<Pending> pending = new ArrayList<>();

        ForcedOnly(FileChannel channel, Path onDisk) {
            this.channel = channel;
            this.onDisk = onDisk;
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            ByteBuffer copy = source.duplicate();
            int written = channel.write(source, position);
            byte[] bytes = new byte[written];
            copy.get(bytes);
            synchronized (pending) {
                pending.add(new Pending(position, bytes, -1));
            }
            return written;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            long position = channel.position();
            int written = write(source, position);
            channel.position(position + written);
            return written;
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            channel.truncate(size);
            synchronized (pending) {
                pending.add(new Pending(-1, null, size));
            }
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            channel.force(metaData);
            synchronized (DISK) {
                synchronized (pending) {
                    try (RandomAccessFile disk = new RandomAccessFile(onDisk.toFile(), "rw")) {
                        for (Pending each : pending) {
                            if (each.bytes() == null) {
                                disk.setLength(Math.min(disk.length(), each.truncateTo()));
                            } else {
                                disk.seek(each.position());
                                disk.write(each.bytes());
                            }
                        }
                    }
                    pending.clear();
                }
            }
        }

        @Override
        public int read(ByteBuffer target, long position) throws IOException {
            return channel.read(target, position);
        }

        @Override
        public int read(ByteBuffer target) throws IOException {
            return channel.read(target);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            channel.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            channel.close();
        }
    }
}
