package org.verbund.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code VERBUND_ISSUER_URI} set, the gateway takes its tokens from that identity provider and issues none
 * itself. The identity provider here is a second gateway (a standards-compliant OAuth2 authorization server with
 * discovery metadata and a JWK set), since no Keycloak runs on the build machine.
 */
class ExternalIssuerIT {

    @TempDir
    Path issuerData;
    @TempDir
    Path gatewayData;

    @Test
    void acceptsTheIdentityProvidersTokensAndIssuesNone() throws Exception {
        try (RunningGateway identityProvider = new RunningGateway(issuerData);
             RunningGateway gateway = new RunningGateway(gatewayData, identityProvider.baseUrl())) {
            String coordinator = identityProvider.tokenFor("dez5", "COORDINATOR");
            String viewer = identityProvider.tokenFor("awo", "VIEWER");

            assertThat(gateway.get("/api/organisations", coordinator).status()).isEqualTo(200);
            assertThat(gateway.post("/api/organisations", coordinator,
                    "{\"name\":\"Jobcenter Dortmund\",\"shortName\":\"JC\",\"kind\":\"PUBLIC_EMPLOYMENT\"}").status())
                    .isEqualTo(201);
            assertThat(gateway.post("/api/organisations", viewer,
                    "{\"name\":\"AWO\",\"shortName\":\"AWO\",\"kind\":\"NON_PROFIT_CARRIER\"}").status())
                    .isEqualTo(403);
            assertThat(gateway.get("/api/organisations", "forged").status()).isEqualTo(401);
            assertThat(gateway.post("/oauth2/token", null, "").status()).as("no token endpoint").isIn(401, 404);
            assertThat(gateway.get("/api/admin/clients", identityProvider.adminToken()).status())
                    .as("no client administration").isEqualTo(404);
        }
    }
}
