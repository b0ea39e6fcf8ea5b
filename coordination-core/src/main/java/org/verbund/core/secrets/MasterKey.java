package org.verbund.core.secrets;

import org.bson.Document;
import org.bson.types.Binary;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every other secret Verbund stores (envelope encryption): a 256-bit AES key that is never in the
 * database. A secret is sealed with AES-GCM under a fresh nonce, bound to where it is stored (collection and id), so
 * a sealed value copied to another document does not open. The key's id, an HMAC of a fixed text, tells which key
 * sealed a value without revealing anything about the key.
 */
public final class MasterKey {

    static final int BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String id;

    private MasterKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("A master key has " + BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
        this.id = idOf(key);
    }

    public static MasterKey generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new MasterKey(key);
    }

    /** A key written as Base64 (as in {@code VERBUND_MASTER_KEY} and the key file). */
    public static MasterKey fromBase64(String encoded) {
        try {
            return new MasterKey(Base64.getDecoder().decode(encoded.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A master key is " + BYTES + " bytes written as Base64: "
                                               + e.getMessage());
        }
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public String id() {
        return id;
    }

    /** The secret sealed for the document {@code context} names: {@code {keyId, nonce, ciphertext}}. */
    public Document seal(byte[] secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            return new Document("keyId", id).append("nonce", new Binary(nonce))
                                            .append("ciphertext", new Binary(cipher.doFinal(secret)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret", e);
        }
    }

    /** Opens what {@link #seal} made for the same context; refuses a value sealed under another key or moved. */
    public byte[] open(Document sealed, String context) {
        if (!id.equals(sealed.getString("keyId"))) {
            throw new IllegalStateException("The secret of " + context + " is sealed under master key "
                                            + sealed.getString("keyId") + ", not under " + id);
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, sealed.get("nonce", Binary.class).getData(), context)
                    .doFinal(sealed.get("ciphertext", Binary.class).getData());
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The secret of " + context + " was altered or belongs elsewhere", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the secret of " + context, e);
        }
    }

    /** Whether {@code value} is something {@link #seal} made (under any key). */
    public static boolean isSealed(Object value) {
        return value instanceof Document sealed && sealed.get("keyId") instanceof String
               && sealed.get("ciphertext") instanceof Binary;
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static String idOf(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal("verbund master key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the master key's id", e);
        }
    }
}
