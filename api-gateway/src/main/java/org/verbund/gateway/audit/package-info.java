/**
 * The auditors' API under {@code /api/audit} (AUDITOR and ADMIN): the network's whole history in global order, paged
 * or streamed as NDJSON, read from the event store itself.
 */
package org.verbund.gateway.audit;
