package org.verbund.core.eventstore;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;

/**
 * The secret that closes the embedded store to everyone but this process: at every start, a key pair and certificate
 * for the server and another for the gateway's client, made in memory and never written anywhere. The server speaks
 * only TLS and accepts only a client presenting exactly the gateway's certificate; the client accepts only the
 * server's. Another process on the host can reach the loopback port but cannot finish a handshake.
 */
final class WireCredentials {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private record Identity(KeyPair keys, X509Certificate certificate) {
    }

    private final Identity server;
    private final Identity client;

    WireCredentials() {
        try {
            this.server = identity("verbund-embedded-store", KeyPurposeId.id_kp_serverAuth);
            this.client = identity("verbund-gateway", KeyPurposeId.id_kp_clientAuth);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot make the embedded store's wire credentials", e);
        }
    }

    /** The server side of the handshake: TLS 1.3, the client's certificate required and pinned. */
    SslContext serverContext() {
        try {
            return SslContextBuilder.forServer(server.keys().getPrivate(), server.certificate())
                                    .trustManager(client.certificate())
                                    .clientAuth(ClientAuth.REQUIRE)
                                    .protocols("TLSv1.3")
                                    .build();
        } catch (SSLException e) {
            throw new IllegalStateException("Cannot set up the embedded store's TLS", e);
        }
    }

    /** The client side, for the MongoDB driver: presents the gateway's certificate, trusts only the server's. */
    SSLContext clientContext() {
        try {
            char[] password = new char[0];
            KeyStore own = KeyStore.getInstance("PKCS12");
            own.load(null, null);
            own.setKeyEntry("client", client.keys().getPrivate(), password,
                            new X509Certificate[] {client.certificate()});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(own, password);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("server", server.certificate());
            TrustManagerFactory trustManagers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot set up the embedded store's TLS client", e);
        }
    }

    private static Identity identity(String name, KeyPurposeId purpose)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=" + name);
        Instant now = Instant.now();
        X509v3CertificateBuilder certificate = new JcaX509v3CertificateBuilder(
                subject, new BigInteger(128, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(VALIDITY)), subject, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                .addExtension(Extension.subjectAlternativeName, false,
                              new GeneralNames(new GeneralName(GeneralName.iPAddress, LOOPBACK)));
        return new Identity(keys, new JcaX509CertificateConverter().getCertificate(
                certificate.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))));
    }
}
