package org.verbund.gateway.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.verbund.core.eventstore.EventMetadata;
import org.verbund.core.kernel.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The API is an OAuth2 resource server: every {@code /api} request carries a JWT naming the caller's organisation
 * ({@code organisation} claim) and roles ({@code roles} claim, or Keycloak's {@code realm_access.roles}). Tokens come
 * from the gateway itself ({@link EmbeddedTokenIssuerConfiguration}) or, with {@code VERBUND_ISSUER_URI}, from an
 * external identity provider.
 */
@Configuration
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnExpression("!'${verbund.security.issuer-uri:}'.isBlank()")
    JwtDecoder externalIssuerJwtDecoder(SecurityProperties properties) {
        // resolved lazily: the gateway starts even while the identity provider is not reachable yet
        return NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
    }

    /** Requests the firewall refuses get the same problem+json as every other refusal. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems.rejected();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems,
                            ObjectProvider<ApiClients> embeddedClients) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                    // anonymous callers learn only UP or DOWN (details and components: management.endpoint.health)
                    .requestMatchers("/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                     "/error").permitAll()
                    .requestMatchers("/actuator/**").hasAnyRole(Role.ADMIN.name(), Role.METRICS.name())
                    // who may change what is decided by the aggregates; the gateway's own admin routes are its own
                    .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                    // the API is for the network's roles; a metrics scraper or a token without a role reads none of it
                    .requestMatchers("/api/**").hasAnyRole(Role.PARTNER.name(), Role.COORDINATOR.name(),
                                                           Role.AUDITOR.name(), Role.VIEWER.name(), Role.ADMIN.name())
                    .anyRequest().authenticated())
            .oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAndRevocation(embeddedClients.getIfAvailable())))
                    .authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.unauthenticated())
                                                       .accessDeniedHandler(problems.forbidden()))
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable()); // no cookies, no sessions: bearer tokens only
        return http.build();
    }

    /**
     * Maps the token's roles to authorities; with the embedded issuer, a revoked client's tokens stop at once. A token
     * may not name Verbund's own system parts ({@code system:...}) as its caller: events would say they acted.
     */
    private static Converter<Jwt, AbstractAuthenticationToken> rolesAndRevocation(ApiClients embeddedClients) {
        return jwt -> {
            String actor = Callers.actorOf(jwt);
            if (actor.equals(EventMetadata.SYSTEM_ACTOR) || actor.startsWith(EventMetadata.SYSTEM_ACTOR + ":")) {
                throw new InvalidBearerTokenException("A token cannot act as Verbund itself");
            }
            if (embeddedClients != null && !embeddedClients.isActive(jwt.getSubject())) {
                throw new InvalidBearerTokenException("The client " + jwt.getSubject() + " is revoked");
            }
            return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
        };
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = new ArrayList<>();
        List<String> direct = jwt.getClaimAsStringList("roles");
        if (direct != null) {
            roles.addAll(direct);
        }
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
            realmRoles.forEach(role -> roles.add(String.valueOf(role)));
        }
        return roles.stream().filter(SecurityConfiguration::isKnownRole)
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /** Only roles a token may carry: {@link Role#SYSTEM} is never taken from a token. */
    private static boolean isKnownRole(String role) {
        for (Role known : Role.values()) {
            if (known.grantable() && known.name().equals(role)) {
                return true;
            }
        }
        return false;
    }
}
