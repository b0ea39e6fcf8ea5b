package org.verbund.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.kernel.Role;

import java.util.List;
import java.util.Optional;

/** Who calls, taken from the verified token only (never from a request body). */
@Component
public class Callers {

    /** Most privileged first: the role recorded for an action is the strongest one the caller holds. */
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.COORDINATOR, Role.PARTNER, Role.AUDITOR,
                                                         Role.VIEWER, Role.METRICS);

    /** The authenticated caller of this request, if it carries a token. */
    public Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof VerbundAuthentication jwt)) {
            return Optional.empty();
        }
        Jwt token = jwt.getToken();
        Role role = PRECEDENCE.stream()
                              .filter(candidate -> jwt.getAuthorities().stream()
                                      .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + candidate)))
                              .findFirst().orElse(Role.VIEWER);
        return Optional.of(new Caller(actorOf(token), jwt.organisation(), role, null, null, null));
    }

    /** Who a token names as acting: the person's user name where the identity provider gives one, else its subject. */
    static String actorOf(Jwt token) {
        String name = token.getClaimAsString("preferred_username");
        return name != null && !name.isBlank() ? name : String.valueOf(token.getSubject());
    }

    /** The caller of this request; only for requests the security filter chain has authenticated. */
    public Caller require() {
        return current().orElseThrow(() -> new IllegalStateException("The request is not authenticated"));
    }
}
