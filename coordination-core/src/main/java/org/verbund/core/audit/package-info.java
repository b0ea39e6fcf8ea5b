/**
 * Audit services over the event history: an aggregate's full history with who, when, on whose behalf and why.
 */
package org.verbund.core.audit;
