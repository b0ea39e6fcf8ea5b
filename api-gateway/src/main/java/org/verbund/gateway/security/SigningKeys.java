package org.verbund.gateway.security;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.nimbusds.jose.jwk.RSAKey;
import org.bson.Document;
import org.verbund.core.secrets.SealedSecrets;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

/**
 * The embedded issuer's token-signing key: made on the store's first start and kept in {@code signing_keys} (so
 * tokens outlive a restart, and every gateway on the store signs with the same key), its private half only sealed
 * under the master key.
 */
final class SigningKeys {

    static final String COLLECTION = "signing_keys";
    private static final String ID = "token-signing";

    private SigningKeys() {
    }

    static RSAKey stored(MongoDatabase database, SealedSecrets secrets) {
        secrets.keepSealed(COLLECTION, "private");
        MongoCollection<Document> keys = database.getCollection(COLLECTION);
        try {
            Document stored = keys.find(Filters.eq("_id", ID)).first();
            if (stored == null) {
                stored = created(keys, secrets);
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(stored.getString("public"))));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(
                    secrets.open(COLLECTION, ID, stored.get("private", Document.class))));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(stored.getString("keyId")).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the token signing key", e);
        }
    }

    private static Document created(MongoCollection<Document> keys, SealedSecrets secrets)
            throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Document created = new Document("_id", ID)
                .append("keyId", UUID.randomUUID().toString())
                .append("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
                .append("private", secrets.seal(COLLECTION, ID, pair.getPrivate().getEncoded()));
        try {
            keys.insertOne(created);
            return created;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another gateway on the same database stored its key first: everyone signs with that one
            return keys.find(Filters.eq("_id", ID)).first();
        }
    }
}
