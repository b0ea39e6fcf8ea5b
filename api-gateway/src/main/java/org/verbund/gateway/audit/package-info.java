/**
 * The auditors' API under {@code /api/audit} (AUDITOR and ADMIN): the network's whole history in global order, paged
 * or streamed as NDJSON, and any aggregate's state as recorded at an instant and as in effect on a day, both read
 * from the event store itself.
 */
package org.verbund.gateway.audit;
