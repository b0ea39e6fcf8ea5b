package org.verbund.core.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Jackson for stores (events, snapshots, read models): a {@link PersonalText} is written as
 * {@code {"subject": ..., "cipher": ...}}, AES-256-GCM under the person's key with a fresh nonce; it is read back in
 * clear while the key exists, and as erased once it is gone. Nothing else is touched: events without personal data
 * serialize exactly as without this module.
 */
public class PersonalDataModule extends SimpleModule {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    public PersonalDataModule(PersonalDataKeys keys) {
        super("verbund-personal-data");
        SecureRandom random = new SecureRandom();
        addSerializer(PersonalText.class, new JsonSerializer<>() {
            @Override
            public void serialize(PersonalText text, JsonGenerator out, SerializerProvider provider)
                    throws IOException {
                out.writeStartObject();
                out.writeStringField("subject", text.subject().value());
                if (text.erased()) {
                    out.writeBooleanField("erased", true);
                } else {
                    out.writeStringField("cipher", encrypt(keys.keyFor(text.subject()), text.value().orElseThrow(),
                                                           random));
                }
                out.writeEndObject();
            }
        });
        addDeserializer(PersonalText.class, new JsonDeserializer<>() {
            @Override
            public PersonalText deserialize(JsonParser in, DeserializationContext context) throws IOException {
                JsonNode node = in.readValueAsTree();
                PersonRef subject = PersonRef.of(node.path("subject").asText());
                JsonNode cipher = node.get("cipher");
                Optional<byte[]> key = keys.existingKey(subject);
                if (cipher == null || key.isEmpty()) {
                    return PersonalText.erased(subject);
                }
                return PersonalText.of(subject, decrypt(key.get(), cipher.asText()));
            }
        });
    }

    private static String encrypt(byte[] key, String value, SecureRandom random) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                                                .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    private static String decrypt(byte[] key, String encoded) {
        try {
            byte[] sealed = Base64.getDecoder().decode(encoded);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                        new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                              StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt personal data", e);
        }
    }
}
