/**
 * The auditors' API under {@code /api/audit} (AUDITOR and ADMIN): the network's whole history in global order, paged
 * or streamed as NDJSON, read from the event store itself, and narrowed by filters served from the audit index.
 */
package org.verbund.gateway.audit;
