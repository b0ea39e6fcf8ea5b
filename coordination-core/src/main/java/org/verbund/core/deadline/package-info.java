/**
 * Axon's {@link org.axonframework.deadline.DeadlineManager} on MongoDB: deadlines survive restarts and fire once
 * across instances, using only key lookups (the embedded server has no range scans).
 */
package org.verbund.core.deadline;
