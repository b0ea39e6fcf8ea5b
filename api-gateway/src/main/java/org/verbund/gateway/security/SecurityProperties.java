package org.verbund.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param issuerUri         an external identity provider (for example Keycloak); empty: the gateway issues tokens
 * @param adminClientId     the admin client's id (embedded token issuer only)
 * @param adminClientSecret the admin client's secret; empty: generated on the first start and logged once
 * @param tokenLifetime     how long an issued access token is valid
 */
@ConfigurationProperties("verbund.security")
public record SecurityProperties(String issuerUri, String adminClientId, String adminClientSecret,
                                 Duration tokenLifetime) {

    public SecurityProperties {
        adminClientId = adminClientId == null || adminClientId.isBlank() ? "verbund-admin" : adminClientId;
        tokenLifetime = tokenLifetime == null ? Duration.ofMinutes(30) : tokenLifetime;
    }

    public boolean embeddedIssuer() {
        return issuerUri == null || issuerUri.isBlank();
    }
}
