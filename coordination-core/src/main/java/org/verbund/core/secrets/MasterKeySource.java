package org.verbund.core.secrets;

import org.verbund.core.eventstore.DataDirectory;
import org.verbund.core.eventstore.StoreProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where this gateway's master key is: given in {@code VERBUND_MASTER_KEY}, or in a key file only its owner may read
 * ({@code master.key} in the data directory unless configured). The file is made only when the store has no master
 * key yet ({@link SealedSecrets#open}); a key file that others may read is refused, as ssh refuses such a key.
 */
final class MasterKeySource {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final String given;
    private final Path file;

    private MasterKeySource(String given, Path file) {
        this.given = given;
        this.file = file.toAbsolutePath();
    }

    static MasterKeySource of(SecretsProperties secrets, StoreProperties store) {
        return new MasterKeySource(secrets.masterKey(), secrets.masterKeyFile() != null ? secrets.masterKeyFile()
                : store.dataDir().resolve("master.key"));
    }

    boolean fromEnvironment() {
        return given != null;
    }

    String describe() {
        return given != null ? "VERBUND_MASTER_KEY" : "the key file " + file;
    }

    /** The key, if it is given or its file exists. */
    Optional<MasterKey> existing() {
        if (given != null) {
            return Optional.of(MasterKey.fromBase64(given));
        }
        return read(file);
    }

    /** A new key in a new key file (the store's first start). */
    MasterKey create() {
        return write(file, MasterKey.generate());
    }

    /** The key a key-file rotation moves to: made once, found again when an interrupted rotation is run again. */
    MasterKey pendingOrNew() {
        return read(pendingFile()).orElseGet(() -> write(pendingFile(), MasterKey.generate()));
    }

    Optional<MasterKey> pending() {
        return given != null ? Optional.empty() : read(pendingFile());
    }

    /** The end of a key-file rotation: the new key becomes the key file. */
    void promotePending() {
        try {
            Files.move(pendingFile(), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + pendingFile() + " to " + file
                                           + "; move it by hand, it holds the new master key", e);
        }
    }

    private Path pendingFile() {
        return file.resolveSibling(file.getFileName() + ".new");
    }

    private static Optional<MasterKey> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null && posix.readAttributes().permissions().stream().anyMatch(OTHERS::contains)) {
                throw new IllegalStateException("The master key file " + file + " may be read by others than its "
                                                + "owner: chmod 600 it (and consider the key exposed)");
            }
            return Optional.of(MasterKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the master key file " + file, e);
        }
    }

    private static MasterKey write(Path file, MasterKey key) {
        try {
            DataDirectory.open(file.getParent())
                         .createOwnerOnly(file, (key.toBase64() + "\n").getBytes(StandardCharsets.US_ASCII));
            return key;
        } catch (FileAlreadyExistsException e) {
            return read(file).orElseThrow();
        }
    }
}
