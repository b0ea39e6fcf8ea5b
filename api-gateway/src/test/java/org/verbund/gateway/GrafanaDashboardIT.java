package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every metric the Grafana dashboard ({@code docker/grafana/dashboards/verbund.json}) queries is exported by a
 * running gateway, once it has done a little work (a command that succeeds, one that is refused, a read), and
 * scraped with the metrics client's token as Prometheus scrapes it.
 */
class GrafanaDashboardIT {

    private static final Path DASHBOARD = Path.of("..", "docker", "grafana", "dashboards", "verbund.json");
    private static final String METRICS_SECRET = "it-metrics-secret";
    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;

    @BeforeAll
    static void start() {
        gateway = new RunningGateway(dataDir, "", "--verbund.security.metrics-client-secret=" + METRICS_SECRET,
                                     "--verbund.store.embedded-backend=memory");
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void everyMetricTheDashboardQueriesIsExported() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        Map<String, Set<String>> queriesByMetric = new TreeMap<>();
        for (String expression : DashboardQueries.expressions(dashboard)) {
            DashboardQueries.metricNames(expression).forEach(name -> queriesByMetric
                    .computeIfAbsent(name, metric -> new TreeSet<>()).add(expression));
        }
        assertThat(queriesByMetric).as("the dashboard's metrics").containsKeys(
                "verbund_commands_seconds_bucket", "verbund_commands_failed_total", "verbund_events_appended_total",
                "verbund_processor_lag_events", "verbund_processor_lag_seconds", "http_server_requests_seconds_bucket");

        doALittleWork();
        Set<String> exported;
        try (SseClient stream = SseClient.open(gateway.baseUrl(), "/api/cooperation/milestones/stream",
                                               gateway.tokenFor("dez5", "COORDINATOR"), null)) {
            assertThat(stream.nextMessage().retry()).isNotNull(); // open: its gauge exists
            exported = PrometheusScrape.of(gateway, gateway.token("verbund-metrics", METRICS_SECRET)).names();
        }

        Map<String, Set<String>> missing = new TreeMap<>(queriesByMetric);
        missing.keySet().removeAll(exported);
        assertThat(missing).as("metrics the dashboard queries (with the queries) that the gateway does not export")
                           .isEmpty();
    }

    /** A command that succeeds, one refused for a stale version, and reads: so that their series exist. */
    private static void doALittleWork() throws Exception {
        String coordinator = gateway.tokenFor("dez5", "COORDINATOR");
        RunningGateway.Response created = gateway.post("/api/organisations", coordinator,
                "{\"name\": \"Dashboard e.V.\", \"shortName\": \"D\", \"kind\": \"NON_PROFIT_CARRIER\"}");
        assertThat(created.status()).isEqualTo(201);
        RunningGateway.Response stale = gateway.send("POST", created.location() + "/rename", coordinator,
                "{\"name\": \"Dashboard\", \"shortName\": \"D\"}", Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(gateway.get(created.location(), coordinator).status()).isEqualTo(200);
    }
}
