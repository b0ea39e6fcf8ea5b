package org.verbund.gateway.security;

/** The roles a token may carry. Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    PARTNER, COORDINATOR, AUDITOR, VIEWER, ADMIN
}
