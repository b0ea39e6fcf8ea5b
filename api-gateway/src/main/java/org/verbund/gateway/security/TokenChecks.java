package org.verbund.gateway.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.verbund.core.eventstore.EventMetadata;
import org.verbund.core.kernel.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What makes a token count: it must say who issued it ({@code iss}), for whom ({@code aud}), until when ({@code exp},
 * and from when where it says {@code nbf}) and for which client ({@code sub}), and mean only what the registry says.
 * For the embedded issuer the organisation and roles are the registered client's ({@link ApiClients#findRecent}: a
 * change or revocation takes effect within a second); a token whose claims disagree with them is refused (401). For
 * an external identity provider the claims that carry the organisation and the roles are configured.
 */
final class TokenChecks {

    private TokenChecks() {
    }

    /** The claims every token must have, and what they must say (the issuer: as the configuration or the request). */
    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties, String issuer) {
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        checks.add(new JwtTimestampValidator());
        for (String claim : List.of(JwtClaimNames.ISS, JwtClaimNames.AUD, JwtClaimNames.EXP, JwtClaimNames.SUB)) {
            checks.add(jwt -> jwt.hasClaim(claim) ? OAuth2TokenValidatorResult.success()
                    : failure("The token has no " + claim));
        }
        checks.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(properties.audience())
                ? OAuth2TokenValidatorResult.success() : failure("The token is not for " + properties.audience()));
        checks.add(issuer != null ? new JwtIssuerValidator(issuer) : TokenChecks::issuedByThisGateway);
        return new DelegatingOAuth2TokenValidator<>(checks);
    }

    /** Without a configured issuer, the embedded issuer names itself by the address it was reached at. */
    private static OAuth2TokenValidatorResult issuedByThisGateway(Jwt jwt) {
        String here = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return here.equals(jwt.getClaimAsString(JwtClaimNames.ISS)) ? OAuth2TokenValidatorResult.success()
                : failure("The token was not issued by this gateway");
    }

    /** Tokens of the embedded issuer: what they say must be what the registered client is. */
    static Converter<Jwt, AbstractAuthenticationToken> registeredClients(ApiClients clients) {
        return jwt -> {
            refuseSystemActors(jwt);
            ApiClients.ApiClient client = clients.findRecent(jwt.getSubject())
                    .filter(found -> !found.revoked())
                    .orElseThrow(() -> new InvalidBearerTokenException("The client is unknown or revoked"));
            List<String> roles = jwt.getClaimAsStringList("roles");
            if (!client.organisationId().equals(jwt.getClaimAsString("organisation")) || roles == null
                || !new TreeSet<>(roles).equals(names(client.roles()))) {
                throw new InvalidBearerTokenException("The token does not say what the registry says of its client");
            }
            return new VerbundAuthentication(jwt, authorities(client.roles()), client.organisationId());
        };
    }

    /** Tokens of an external identity provider, with its claims for the organisation and the roles. */
    static Converter<Jwt, AbstractAuthenticationToken> externalClaims(SecurityProperties properties) {
        return jwt -> {
            refuseSystemActors(jwt);
            Set<Role> roles = new TreeSet<>();
            rolesIn(jwt, properties.rolesClaim()).forEach(role -> known(role).ifPresent(roles::add));
            String organisation = jwt.getClaimAsString(properties.organisationClaim());
            boolean actsForAnOrganisation = roles.stream().anyMatch(role -> role != Role.ADMIN && role != Role.METRICS);
            if (actsForAnOrganisation && (organisation == null || organisation.isBlank())) {
                throw new InvalidBearerTokenException("The token names no organisation ("
                                                      + properties.organisationClaim() + ")");
            }
            return new VerbundAuthentication(jwt, authorities(roles), organisation);
        };
    }

    /** A token may not name Verbund's own system parts ({@code system:...}) as its caller: events would say so. */
    private static void refuseSystemActors(Jwt jwt) {
        String actor = Callers.actorOf(jwt);
        if (actor.equals(EventMetadata.SYSTEM_ACTOR) || actor.startsWith(EventMetadata.SYSTEM_ACTOR + ":")) {
            throw new InvalidBearerTokenException("A token cannot act as Verbund itself");
        }
    }

    /** The roles in {@code claim}, and in Keycloak's {@code realm_access.roles}. */
    private static List<String> rolesIn(Jwt jwt, String claim) {
        List<String> roles = new ArrayList<>();
        List<String> direct = jwt.getClaimAsStringList(claim);
        if (direct != null) {
            roles.addAll(direct);
        }
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
            realmRoles.forEach(role -> roles.add(String.valueOf(role)));
        }
        return roles;
    }

    /** A role a token may carry: {@link Role#SYSTEM} never is. */
    private static Optional<Role> known(String name) {
        for (Role role : Role.values()) {
            if (role.grantable() && role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static Collection<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    private static Set<String> names(Collection<Role> roles) {
        Set<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.name()));
        return names;
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
