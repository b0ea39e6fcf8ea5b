/**
 * The cooperation context's public language, the only part other contexts and the gateway use: the commands its
 * aggregates take, the events they record (each {@code @Revision}ed and effective-dated), the queries its read models
 * answer and their answers (records), the typed ids, and {@link org.verbund.cooperation.api.CooperationRule}, the
 * catalogue of every rule code it refuses with. It names funding applications by its own
 * {@link org.verbund.cooperation.api.FundingApplicationRef}, so nothing here depends on the funding context.
 */
package org.verbund.cooperation.api;
