package org.verbund.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Metric names are told from PromQL's functions, keywords, label names and values, durations and numbers. */
class DashboardQueriesTest {

    @Test
    void aHistogramQuantileNamesOnlyTheBucketSeries() {
        assertThat(DashboardQueries.metricNames(
                "histogram_quantile(0.99, sum by (command, le) (rate(verbund_commands_seconds_bucket[$__rate_interval])))"))
                .containsExactly("verbund_commands_seconds_bucket");
    }

    @Test
    void labelMatchersAndTheirValuesAreNotMetrics() {
        assertThat(DashboardQueries.metricNames(
                "sum by (uri) (rate(http_server_requests_seconds_count{status=~\"5..\", uri!=\"/actuator/prometheus\"}[5m]))"))
                .containsExactly("http_server_requests_seconds_count");
    }

    @Test
    void bothSidesOfABinaryOperationAreMetrics() {
        assertThat(DashboardQueries.metricNames(
                "(a_processed / (a_processed + a_remaining)) and on (instance, projection) (a_active == 1) > 1e3"))
                .containsExactly("a_active", "a_processed", "a_remaining");
    }
}
