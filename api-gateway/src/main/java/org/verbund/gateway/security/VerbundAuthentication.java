package org.verbund.gateway.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;

/** An accepted token with what it means: the roles (as authorities) and the organisation the caller acts for. */
public final class VerbundAuthentication extends JwtAuthenticationToken {

    private final String organisation;

    VerbundAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String organisation) {
        super(jwt, authorities, jwt.getSubject());
        this.organisation = organisation;
    }

    /** The organisation the caller acts for, or null (an admin or a metrics scraper of no organisation). */
    public String organisation() {
        return organisation;
    }
}
