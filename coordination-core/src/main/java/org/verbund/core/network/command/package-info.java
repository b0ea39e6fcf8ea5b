/**
 * The network's command side: the {@code Organisation} aggregate, which decides registrations, renames and
 * memberships of coordination bodies from its own state and its actor's role. Package-private: other modules send
 * the commands of {@code network.api}.
 */
package org.verbund.core.network.command;
