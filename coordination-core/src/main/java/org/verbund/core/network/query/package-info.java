/**
 * The organisations read model: one document per organisation, kept by {@code OrganisationsProjection} and
 * answering the queries of {@code network.api}. Serves reads only; no write is decided here.
 */
package org.verbund.core.network.query;
