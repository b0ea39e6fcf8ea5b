/**
 * The coordination core: the shared kernel, the network registry, and the event store every context builds on. It
 * depends on no bounded context.
 */
package org.verbund.core;
