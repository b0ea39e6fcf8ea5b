package org.verbund.gateway.security;

import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.verbund.core.eventstore.StoreReachability;
import org.verbund.core.kernel.Role;
import org.verbund.core.secrets.SealedSecrets;
import org.verbund.gateway.limits.AbuseLimits;
import org.verbund.gateway.limits.FailedSecretAttempts;

import java.util.List;
import java.util.Set;

/**
 * The gateway as its own token issuer (when no {@code VERBUND_ISSUER_URI} is set): the OAuth2 client-credentials
 * grant at {@code POST /oauth2/token} for the API clients in {@link ApiClients}. Tokens are JWTs signed with the
 * store's key ({@link SigningKeys}) and carry the client's {@code organisation} and {@code roles}.
 */
@Configuration
@ConditionalOnExpression("'${verbund.security.issuer-uri:}'.isBlank()")
public class EmbeddedTokenIssuerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedTokenIssuerConfiguration.class);
    private static final String ORGANISATION = "verbund.organisation";
    private static final String ROLES = "verbund.roles";
    /** The organisation the admin client acts for: the network itself. */
    static final String NETWORK_ORGANISATION = "verbund-network";

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoints(HttpSecurity http, ProblemResponses problems, AbuseLimits limits)
            throws Exception {
        OAuth2AuthorizationServerConfigurer issuer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(issuer.getEndpointsMatcher())
            // before the client authentication filter, which the configurer puts after this one
            .addFilterBefore(new FailedSecretAttempts(limits, problems), AbstractPreAuthenticatedProcessingFilter.class)
            .with(issuer, Customizer.withDefaults())
            .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
            .csrf(csrf -> csrf.ignoringRequestMatchers(issuer.getEndpointsMatcher()))
            .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                    problems.unauthenticated(), new MediaTypeRequestMatcher(MediaType.ALL)));
        return http.build();
    }

    @Bean
    ApiClients apiClients(MongoDatabase verbundDatabase, PasswordEncoder passwordEncoder, StoreReachability store) {
        return new ApiClients(verbundDatabase, passwordEncoder, store);
    }

    @Bean
    RegisteredClientRepository registeredClients(ApiClients clients, SecurityProperties properties) {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient registeredClient) {
                throw new UnsupportedOperationException("API clients are managed through /api/admin/clients");
            }

            @Override
            public RegisteredClient findById(String id) {
                return findByClientId(id);
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return clients.find(clientId).filter(client -> !client.revoked())
                              .map(client -> RegisteredClient.withId(client.clientId())
                                      .clientId(client.clientId())
                                      .clientSecret(client.secretHash())
                                      .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                                      .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                                      .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                                      .clientSettings(ClientSettings.builder()
                                              .setting(ORGANISATION, client.organisationId())
                                              .setting(ROLES, client.roles().stream().map(Role::name).toList())
                                              .build())
                                      .tokenSettings(TokenSettings.builder()
                                              .accessTokenTimeToLive(properties.tokenLifetime()).build())
                                      .build())
                              .orElse(null);
            }
        };
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> organisationAndRolesClaims(SecurityProperties properties) {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                ClientSettings settings = context.getRegisteredClient().getClientSettings();
                context.getClaims().claim("organisation", settings.<String>getSetting(ORGANISATION));
                context.getClaims().claim("roles", settings.<List<String>>getSetting(ROLES));
                context.getClaims().audience(List.of(properties.audience()));
            }
        };
    }

    /**
     * Client-credentials tokens are self-contained JWTs checked by signature: nothing needs to remember them (the
     * default in-memory service would keep every token ever issued).
     */
    @Bean
    OAuth2AuthorizationService statelessAuthorizations() {
        return new OAuth2AuthorizationService() {
            @Override
            public void save(OAuth2Authorization authorization) {
            }

            @Override
            public void remove(OAuth2Authorization authorization) {
            }

            @Override
            public OAuth2Authorization findById(String id) {
                return null;
            }

            @Override
            public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
                return null;
            }
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        return properties.tokenIssuer() == null ? settings.build() : settings.issuer(properties.tokenIssuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> signingKey(MongoDatabase verbundDatabase, SealedSecrets sealedSecrets) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.stored(verbundDatabase, sealedSecrets)));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKey, SecurityProperties properties) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, signingKey));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // the claims are checked by TokenChecks, as Spring Security's own decoders leave them to their validators
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(TokenChecks.validator(properties, properties.tokenIssuer()));
        return decoder;
    }

    /** Creates the admin client on the first start (or with the configured secret on every start). */
    @Bean
    ApplicationRunner adminClient(ApiClients clients, SecurityProperties properties) {
        return arguments -> {
            String id = properties.adminClientId();
            String secret = properties.adminClientSecret();
            if (secret != null && !secret.isBlank()) {
                clients.store(id, secret, NETWORK_ORGANISATION, Set.of(Role.ADMIN));
                log.info("Admin client '{}' uses the secret from VERBUND_ADMIN_CLIENT_SECRET", id);
            } else if (clients.find(id).isEmpty()) {
                ApiClients.IssuedClient admin = clients.store(id, ApiClients.newSecret(), NETWORK_ORGANISATION,
                                                              Set.of(Role.ADMIN));
                log.warn("Admin client created: id '{}', secret '{}'. It is shown only this once; "
                         + "set VERBUND_ADMIN_CLIENT_SECRET to choose one.", id, admin.secret());
            }
        };
    }

    /** The metrics scraper's client (role METRICS), when its secret is configured. */
    @Bean
    ApplicationRunner metricsClient(ApiClients clients, SecurityProperties properties) {
        return arguments -> {
            String secret = properties.metricsClientSecret();
            if (secret != null && !secret.isBlank()) {
                clients.store(properties.metricsClientId(), secret, NETWORK_ORGANISATION, Set.of(Role.METRICS));
            }
        };
    }
}
