/**
 * The auditors' API under {@code /api/audit} (AUDITOR and ADMIN): the network's whole history in global order, paged
 * or streamed as NDJSON and narrowed by filters served from the audit index; any aggregate's state as recorded at an
 * instant and as in effect on a day; read models as they stood at a point in time; and the verifiable history
 * (signed tree heads, proofs, verification, the positions as stored).
 */
package org.verbund.gateway.audit;
