package org.verbund.gateway.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.Caller;

import java.util.List;

/** Who calls, taken from the verified token only (never from a request body). */
@Component
public class Callers {

    /** Most privileged first: the role recorded for an action is the strongest one the caller holds. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.COORDINATOR, Role.PARTNER, Role.AUDITOR,
                                                         Role.VIEWER);

    public Caller current(String reason, String idempotencyKey, String correlationId) {
        JwtAuthenticationToken authentication = (JwtAuthenticationToken) SecurityContextHolder.getContext()
                                                                                          .getAuthentication();
        Jwt token = authentication.getToken();
        String role = PRECEDENCE.stream()
                                .filter(candidate -> authentication.getAuthorities().stream()
                                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + candidate)))
                                .map(Role::name).findFirst().orElse("NONE");
        String actor = token.hasClaim("preferred_username") ? token.getClaimAsString("preferred_username")
                                                            : token.getSubject();
        return new Caller(actor, token.getClaimAsString("organisation"), role, reason, idempotencyKey, correlationId);
    }
}
