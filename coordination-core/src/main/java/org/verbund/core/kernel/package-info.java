/**
 * The shared kernel: value types every context uses (money, dates, identifiers) and the conventions of domain events.
 */
package org.verbund.core.kernel;
