/**
 * Deliberate violations of every rule of {@link org.verbund.core.architecture.BoundaryRules}, under a root of their
 * own, so that {@code BoundaryRulesTest} can show that each rule fails when it is broken. Nothing here is used.
 */
package org.verbund.core.architecture.broken;
