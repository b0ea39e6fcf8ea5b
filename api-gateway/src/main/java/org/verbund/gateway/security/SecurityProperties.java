package org.verbund.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param issuerUri         an external identity provider (for example Keycloak); empty: the gateway issues tokens
 * @param adminClientId     the admin client's id (embedded token issuer only)
 * @param adminClientSecret the admin client's secret; empty: generated on the first start and logged once
 * @param tokenLifetime     how long an issued access token is valid
 * @param metricsClientId   the metrics scraper's client id (embedded token issuer only)
 * @param metricsClientSecret its secret; empty: there is no such client (create one with the METRICS role instead)
 * @param tokenIssuer       the {@code iss} of the embedded issuer's tokens; empty: the address it is reached at
 * @param audience          the {@code aud} every token must name
 * @param organisationClaim the claim of an external issuer's tokens that names the organisation
 * @param rolesClaim        the claim of an external issuer's tokens that lists the roles (besides Keycloak's
 *                          {@code realm_access.roles})
 */
@ConfigurationProperties("verbund.security")
public record SecurityProperties(String issuerUri, String adminClientId, String adminClientSecret,
                                 Duration tokenLifetime, String metricsClientId, String metricsClientSecret,
                                 String tokenIssuer, String audience, String organisationClaim, String rolesClaim) {

    public SecurityProperties {
        tokenIssuer = tokenIssuer == null || tokenIssuer.isBlank() ? null : tokenIssuer;
        audience = audience == null || audience.isBlank() ? "verbund-api" : audience;
        organisationClaim = organisationClaim == null || organisationClaim.isBlank() ? "organisation"
                : organisationClaim;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        adminClientId = adminClientId == null || adminClientId.isBlank() ? "verbund-admin" : adminClientId;
        metricsClientId = metricsClientId == null || metricsClientId.isBlank() ? "verbund-metrics" : metricsClientId;
        tokenLifetime = tokenLifetime == null ? Duration.ofMinutes(30) : tokenLifetime;
    }

    public boolean embeddedIssuer() {
        return issuerUri == null || issuerUri.isBlank();
    }
}
