package org.verbund.core.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The gateway's own directory (the embedded store's file, the master key file): only the user the gateway runs as
 * may enter it or read what is in it. On a file system without POSIX permissions (Windows) this is left to the
 * directory's access control list, and said so once in the log.
 */
public final class DataDirectory {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path path;

    private DataDirectory(Path path) {
        this.path = path.toAbsolutePath();
    }

    /** The directory, created if missing, with group and others shut out of it and of every file in it. */
    public static DataDirectory open(Path path) {
        DataDirectory directory = new DataDirectory(path);
        try {
            if (!posix(directory.path.getParent())) {
                Files.createDirectories(directory.path);
                log.warn("{} has no POSIX permissions: keep it readable by the gateway's user only", directory.path);
                return directory;
            }
            Files.createDirectories(directory.path, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            directory.restrict();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + directory.path, e);
        }
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    /** Gives every file here (also those a library created with the default umask) owner-only permissions. */
    public void restrict() {
        if (!posix(path)) {
            return;
        }
        try (Stream<Path> files = Files.list(path)) {
            Files.setPosixFilePermissions(path, OWNER_ONLY_DIRECTORY);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the permissions of " + path, e);
        }
    }

    /** Writes a new file that only the owner can read; refuses to overwrite one. */
    public void createOwnerOnly(Path file, byte[] content) throws FileAlreadyExistsException {
        try {
            if (posix(path)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } else {
                Files.createFile(file);
            }
            Files.write(file, content);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static boolean posix(Path somewhere) {
        Path existing = somewhere == null ? Path.of("").toAbsolutePath() : somewhere;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
    }
}
