package org.verbund.gateway;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tokens mean only what the registry says: a token signed with another key, one that lacks or bends a claim the
 * gateway requires ({@code iss}, {@code aud}, {@code exp}, {@code sub}, {@code nbf} when it says one), and one whose
 * organisation or roles differ from its registered client's are all 401, even when signed with the gateway's own key;
 * so are tokens of a revoked client (at once) and of a client changed elsewhere (within a second).
 */
class TokenChecksIT {

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String clientId;
    private static RSAKey signingKey;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir);
        clientId = gateway.createClient("awo", "PARTNER").path("clientId").asText();
        @SuppressWarnings("unchecked")
        JWKSource<SecurityContext> keys = gateway.bean(JWKSource.class);
        signingKey = (RSAKey) keys.get(new JWKSelector(new JWKMatcher.Builder().privateOnly(true).build()), null)
                                  .get(0);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** What the embedded issuer would put into a token of the client. */
    private static JWTClaimsSet.Builder valid() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(gateway.baseUrl()).audience("verbund-api").subject(clientId)
                                         .issueTime(Date.from(now)).notBeforeTime(Date.from(now.minusSeconds(5)))
                                         .expirationTime(Date.from(now.plusSeconds(300)))
                                         .claim("organisation", "awo").claim("roles", List.of("PARTNER"));
    }

    private static String signed(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static int statusWith(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return gateway.get("/api/organisations", signed(change.apply(valid()).build(), signingKey)).status();
    }

    @Test
    void aTokenAsTheIssuerWritesItCounts() throws Exception {
        assertThat(statusWith(claims -> claims)).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(signingKey.getKeyID()).generate();
        assertThat(gateway.get("/api/organisations", signed(valid().build(), stranger)).status()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutARequiredClaimOrWithABentOneIsRefusedThoughSignedWithTheGatewaysKey() throws Exception {
        Map<String, UnaryOperator<JWTClaimsSet.Builder>> bent = Map.ofEntries(
                Map.entry("no exp", claims -> claims.expirationTime(null)),
                Map.entry("expired", claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(120)))),
                Map.entry("nbf ahead", claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(600)))),
                Map.entry("no iss", claims -> claims.issuer(null)),
                Map.entry("another iss", claims -> claims.issuer("https://issuer.example")),
                Map.entry("no aud", claims -> claims.audience((String) null)),
                Map.entry("another aud", claims -> claims.audience("another-api")),
                Map.entry("no sub", claims -> claims.subject(null)),
                Map.entry("unknown sub", claims -> claims.subject("client-that-never-was")),
                Map.entry("a system part as sub", claims -> claims.subject("system:deadlines")),
                Map.entry("no roles", claims -> claims.claim("roles", null)),
                Map.entry("inflated roles", claims -> claims.claim("roles", List.of("PARTNER", "ADMIN"))),
                Map.entry("other roles", claims -> claims.claim("roles", List.of("COORDINATOR"))),
                Map.entry("no organisation", claims -> claims.claim("organisation", null)),
                Map.entry("another organisation", claims -> claims.claim("organisation", "dez5")));
        for (Map.Entry<String, UnaryOperator<JWTClaimsSet.Builder>> token : bent.entrySet()) {
            assertThat(statusWith(token.getValue())).as(token.getKey()).isEqualTo(401);
        }
        assertThat(gateway.get("/api/admin/clients", signed(valid().claim("roles", List.of("ADMIN")).build(),
                                                             signingKey)).status())
                .as("a partner's token made an admin's").isEqualTo(401);
    }

    @Test
    void aRevokedClientsTokensStopAtOnceAndAChangedClientsWithinASecond() throws Exception {
        var revoked = gateway.createClient("awo", "PARTNER");
        String token = gateway.token(revoked.path("clientId").asText(), revoked.path("clientSecret").asText());
        assertThat(gateway.get("/api/organisations", token).status()).isEqualTo(200);
        assertThat(gateway.post("/api/admin/clients/" + revoked.path("clientId").asText() + "/revoke",
                                gateway.adminToken(), "").status()).isEqualTo(204);
        assertThat(gateway.get("/api/organisations", token).status()).isEqualTo(401);

        var changed = gateway.createClient("awo", "COORDINATOR");
        String coordinator = gateway.token(changed.path("clientId").asText(), changed.path("clientSecret").asText());
        assertThat(gateway.get("/api/organisations", coordinator).status()).isEqualTo(200);
        // as another gateway on the same store would change it: past this gateway's memory of the client
        gateway.bean(MongoDatabase.class).getCollection("api_clients").updateOne(
                Filters.eq("_id", changed.path("clientId").asText()), Updates.set("roles", List.of("VIEWER")));
        await().atMost(Duration.ofMillis(1500)).pollInterval(Duration.ofMillis(50))
               .until(() -> gateway.get("/api/organisations", coordinator).status() == 401);
    }
}
