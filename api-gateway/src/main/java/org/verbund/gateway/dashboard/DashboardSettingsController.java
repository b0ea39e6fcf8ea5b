package org.verbund.gateway.dashboard;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.verbund.gateway.security.SecurityProperties;

/**
 * What the dashboard page needs before sign-in, for anyone: with {@code VERBUND_ISSUER_URI} set, the identity
 * provider and the page's public client id (the page then signs in by the authorization-code flow with PKCE);
 * otherwise none, and the page asks for an API client's id and secret. It names nothing the identity provider's
 * own discovery document does not, and it is the page's, not the API's: it is left out of the OpenAPI contract.
 */
@Hidden
@RestController
public class DashboardSettingsController {

    private final SecurityProperties security;
    private final String clientId;
    private final String scope;

    public DashboardSettingsController(SecurityProperties security,
                                       @Value("${verbund.dashboard.client-id:verbund-dashboard}") String clientId,
                                       @Value("${verbund.dashboard.scope:openid}") String scope) {
        this.security = security;
        this.clientId = clientId;
        this.scope = scope;
    }

    @GetMapping(path = "/dashboard/settings.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<DashboardSettings> settings() {
        boolean external = security.issuerUri() != null && !security.issuerUri().isBlank();
        DashboardSettings settings = external ? new DashboardSettings(security.issuerUri(), clientId, scope)
                                              : new DashboardSettings(null, null, null);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(settings);
    }

    /** {@code externalIssuer} null: the gateway issues tokens to API clients itself. */
    public record DashboardSettings(String externalIssuer, String clientId, String scope) {
    }
}
