package org.verbund.core.audit;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.verbund.core.audit.api.SignedTreeHead;
import org.verbund.core.eventstore.DataDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * The key that signs tree heads: Ed25519, its own (never the token-signing key), and kept outside the database, so
 * that whoever can write to the store cannot sign a rewritten history. Given as Base64 PKCS#8 or kept in a file only
 * its owner may read, which is made on the first start. The static methods are what a verifier needs: the public key
 * and the check of a head's signature.
 */
public final class TreeHeadKey {

    private static final String ALGORITHM = "Ed25519";
    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private TreeHeadKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The configured key, or the key file's (made now if there is none yet). */
    public static TreeHeadKey load(AuditProperties properties, Path dataDir) {
        if (properties.treeHeadKey() != null) {
            return fromPkcs8(Base64.getDecoder().decode(properties.treeHeadKey()));
        }
        Path file = (properties.treeHeadKeyFile() != null ? properties.treeHeadKeyFile()
                : dataDir.resolve("tree-head.key")).toAbsolutePath();
        if (!Files.exists(file)) {
            try {
                DataDirectory.open(file.getParent()).createOwnerOnly(file, (Base64.getEncoder().encodeToString(
                        generate().getPrivate().getEncoded()) + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: use that one
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the tree-head key file " + file, e);
            }
        }
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null && posix.readAttributes().permissions().stream().anyMatch(OTHERS::contains)) {
                throw new IllegalStateException("The tree-head key file " + file + " may be read by others than "
                                                + "its owner: chmod 600 it (and consider the key exposed)");
            }
            return fromPkcs8(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tree-head key file " + file, e);
        }
    }

    /** A new key in memory (tests, and the first start). */
    public static TreeHeadKey generated() {
        KeyPair pair = generate();
        return new TreeHeadKey(pair.getPrivate(), pair.getPublic());
    }

    public SignedTreeHead sign(long treeSize, byte[] root, Instant at) {
        SignedTreeHead unsigned = new SignedTreeHead(treeSize, Base64.getEncoder().encodeToString(root),
                                                     at.truncatedTo(ChronoUnit.MILLIS), keyId(publicKey), null);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(unsigned.signedBytes());
            return new SignedTreeHead(unsigned.treeSize(), unsigned.rootHash(), unsigned.timestamp(),
                                      unsigned.keyId(), Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a tree head", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as Base64 X.509 (SubjectPublicKeyInfo), the form auditors pin. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** A public key from its Base64 X.509 form, or from a PEM file's text. */
    public static PublicKey publicKey(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key in Base64 X.509 form", e);
        }
    }

    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the head's signature is valid under {@code key}; a head that is malformed is not. */
    public static boolean verify(SignedTreeHead head, PublicKey key) {
        if (head == null || head.signature() == null || head.rootHash() == null || head.timestamp() == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(head.signedBytes());
            return verifier.verify(Base64.getDecoder().decode(head.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static TreeHeadKey fromPkcs8(byte[] encoded) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(encoded));
            // Java's PKCS#8 form of an Ed25519 key holds no public key, and Java cannot derive it: Bouncy Castle can
            byte[] seed = ASN1OctetString.getInstance(PrivateKeyInfo.getInstance(encoded).parsePrivateKey())
                                         .getOctets();
            byte[] publicBytes = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(new SubjectPublicKeyInfo(
                    new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), publicBytes).getEncoded()));
            return new TreeHeadKey(privateKey, publicKey);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The tree-head key is not an Ed25519 PKCS#8 key", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }
}
