/**
 * Metrics for operators, all under the prefix {@code verbund.} and exported at {@code /actuator/prometheus}: commands
 * handled ({@link org.verbund.core.metrics.CommandMetrics}), events appended
 * ({@link org.verbund.core.metrics.EventsAppended}), how far each event processor and each rebuild is
 * ({@link org.verbund.core.metrics.ProcessorGauges}). Deadlines count themselves
 * ({@link org.verbund.core.deadline.DeadlineMetrics}). Gauges are computed when they are scraped, from memory or
 * from single documents read by key, so an idle gateway costs next to nothing to watch.
 */
package org.verbund.core.metrics;
