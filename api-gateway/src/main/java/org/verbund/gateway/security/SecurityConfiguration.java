package org.verbund.gateway.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.verbund.core.kernel.Role;
import org.verbund.gateway.limits.AbuseLimits;
import org.verbund.gateway.limits.ClientRateLimits;

/**
 * The API is an OAuth2 resource server: every {@code /api} request carries a JWT naming the caller's organisation
 * and roles, checked as {@link TokenChecks} says. Tokens come from the gateway itself
 * ({@link EmbeddedTokenIssuerConfiguration}) or, with {@code VERBUND_ISSUER_URI}, from an external identity provider.
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
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
        decoder.setJwtValidator(TokenChecks.validator(properties, properties.issuerUri()));
        return decoder;
    }

    /** Requests the firewall refuses get the same problem+json as every other refusal. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        return problems.rejected();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, SecurityProperties properties,
                            ObjectProvider<ApiClients> embeddedClients, AbuseLimits limits) throws Exception {
        http.addFilterAfter(new ClientRateLimits(limits, problems), BearerTokenAuthenticationFilter.class)
            .authorizeHttpRequests(requests -> requests
                    // anonymous callers learn only UP or DOWN (details and components: management.endpoint.health)
                    .requestMatchers("/actuator/health", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                     "/error").permitAll()
                    // the dashboard page and its libraries: it signs in by itself, every API read it makes is checked
                    .requestMatchers("/", "/index.html", "/dashboard/**", "/webjars/**").permitAll()
                    .requestMatchers("/actuator/**").hasAnyRole(Role.ADMIN.name(), Role.METRICS.name())
                    // who may change what is decided by the aggregates; the gateway's own admin routes are its own
                    .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                    .requestMatchers("/api/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                    // the API is for the network's roles; a metrics scraper or a token without a role reads none of it
                    .requestMatchers("/api/**").hasAnyRole(Role.PARTNER.name(), Role.COORDINATOR.name(),
                                                           Role.AUDITOR.name(), Role.VIEWER.name(), Role.ADMIN.name())
                    .anyRequest().authenticated())
            .oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(embeddedClients.getIfAvailable() == null
                            ? TokenChecks.externalClaims(properties)
                            : TokenChecks.registeredClients(embeddedClients.getIfAvailable())))
                    .authenticationEntryPoint(problems.unauthenticated())
                    .accessDeniedHandler(problems.forbidden()))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.unauthenticated())
                                                       .accessDeniedHandler(problems.forbidden()))
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable()); // no cookies, no sessions: bearer tokens only
        return http.build();
    }
}
