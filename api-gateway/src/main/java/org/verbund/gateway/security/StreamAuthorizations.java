package org.verbund.gateway.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.Role;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * Whether what let a request open a live stream still holds while the stream stays open: a read is authorized once,
 * a stream at every check. It holds while the token has not expired and, for clients of the embedded issuer, while
 * the registry still has the client, unrevoked, with the organisation and roles it had (read at most
 * {@link ApiClients#CACHED_FOR} ago). Tokens of an external identity provider hold until they expire.
 */
@Component
public class StreamAuthorizations {

    private final ObjectProvider<ApiClients> embeddedClients;

    public StreamAuthorizations(ObjectProvider<ApiClients> embeddedClients) {
        this.embeddedClients = embeddedClients;
    }

    /** A check of the current request's authorization, to be repeated while its stream is open. */
    public BooleanSupplier ofCurrentRequest() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof VerbundAuthentication token)) {
            return () -> false;
        }
        Instant expires = token.getToken().getExpiresAt();
        ApiClients clients = embeddedClients.getIfAvailable();
        String clientId = token.getToken().getSubject();
        String organisation = token.organisation();
        Set<String> roles = new TreeSet<>();
        token.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
        return () -> (expires == null || Instant.now().isBefore(expires))
                     && (clients == null || clients.findRecent(clientId)
                .filter(client -> !client.revoked() && Objects.equals(client.organisationId(), organisation)
                                  && roles.equals(authorities(client.roles())))
                .isPresent());
    }

    private static Set<String> authorities(Set<Role> roles) {
        Set<String> authorities = new TreeSet<>();
        roles.forEach(role -> authorities.add("ROLE_" + role));
        return authorities;
    }
}
