package org.verbund.core.kernel;

import java.util.Objects;

/**
 * Who sends a command, as its handler sees it: the person (or system part), the organisation on whose behalf, and the
 * role. Aggregates decide from it, and from their own state, whether the command may change them. It reaches a
 * command handler as a parameter, resolved from the command's metadata.
 *
 * @param id           the person (a token's subject) or a system part such as {@code system:deadlines}
 * @param organisation on whose behalf; may be null for a system part acting on nobody's behalf
 * @param role         the role acted in
 */
public record Actor(String id, OrganisationId organisation, Role role) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    /** A part of Verbund itself, acting on behalf of {@code organisation} (or of nobody, when null). */
    public static Actor system(String part, OrganisationId organisation) {
        return new Actor("system:" + part, organisation, Role.SYSTEM);
    }

    /** Coordinators act on everything of every organisation; so do admins and Verbund itself. */
    public boolean coordinates() {
        return role == Role.COORDINATOR || role == Role.ADMIN || role == Role.SYSTEM;
    }

    /** Whether the actor acts on behalf of {@code organisationId} as a partner or coordinator would. */
    public boolean actsFor(OrganisationId organisationId) {
        return organisation != null && organisation.equals(organisationId) && mayWrite();
    }

    /** Whether the actor acts on behalf of one of {@code organisations}. */
    public boolean actsForAny(java.util.Collection<OrganisationId> organisations) {
        return organisations.stream().anyMatch(this::actsFor);
    }

    /** Auditors, viewers and metrics scrapers only read. */
    public boolean mayWrite() {
        return role.writes();
    }

    public boolean isSystem() {
        return role == Role.SYSTEM;
    }

    /** Refuses unless the actor coordinates: {@code code} explains what only coordinators do. */
    public void requireCoordinator(String code, String message) {
        if (!coordinates()) {
            throw RuleViolation.forbidden(code, message);
        }
    }

    /** Refuses unless the actor is a part of Verbund itself (commands that only follow from other events). */
    public void requireSystem(String code) {
        if (!isSystem()) {
            throw RuleViolation.forbidden(code, "Only Verbund itself sends this command, as a consequence of an event");
        }
    }

    @Override
    public String toString() {
        return id + " (" + role + (organisation == null ? "" : " of " + organisation) + ")";
    }
}
