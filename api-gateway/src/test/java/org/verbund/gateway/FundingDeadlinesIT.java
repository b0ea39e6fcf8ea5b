package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines over HTTP: a call's submission deadline scheduled by one gateway falls due in the next one (it was
 * stored, not held in memory), lands on the lead applicant's task list and is met by submitting; then a running
 * project's amendment, its financing plan's sum rule, and the live portfolio stream.
 */
class FundingDeadlinesIT {

    @TempDir
    Path dataDir;

    @Test
    void aDeadlineScheduledBeforeARestartFallsDueAfterItOnTheResponsibleOrganisationsTaskList() throws Exception {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String applicationId;
        try (RunningGateway before = new RunningGateway(dataDir, "", "--verbund.deadlines.poll-interval=1h")) {
            before.registered("sozialdezernat", "grunbau", "awo");
            String office = before.tokenFor("sozialdezernat", "COORDINATOR");
            String grunbau = before.tokenFor("grunbau", "PARTNER");
            RunningGateway.Response programme = before.post("/api/funding/programmes", office, """
                    {"name": "Land/Stärke Quartiere", "funderLevel": "STATE",
                     "call": {"name": "Aufruf 2026", "submissionDeadline": "%s"}}""".formatted(yesterday));
            assertThat(programme.status()).isEqualTo(201);
            String programmeId = programme.json().path("id").asText();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    before.get("/api/funding/programmes", office).json().findValuesAsText("id")).contains(programmeId));
            RunningGateway.Response drafted = before.post("/api/funding/applications", grunbau, """
                    {"programmeId": "%s", "title": "Wohnungszugangsstrategie, Umsetzung", "leadApplicantId": "grunbau",
                     "requestedAmount": "341756.87", "period": {"from": "2027-01-01", "to": "2029-12-31"},
                     "positions": "2.5", "effectiveOn": "%s"}""".formatted(programmeId, yesterday.minusDays(1)));
            assertThat(drafted.status()).isEqualTo(201);
            applicationId = drafted.json().path("id").asText();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode tasks = before.get("/api/funding/tasks", grunbau).json();
                assertThat(tasks.findValuesAsText("applicationId")).containsExactly(applicationId);
                assertThat(tasks.get(0).path("overdue").asBoolean()).isFalse();
                assertThat(tasks.get(0).path("dueOn").asText()).isEqualTo(yesterday.toString());
            });
            // this gateway never polls, so the deadline is due but has not fired when it stops
            assertThat(before.get("/api/funding/applications/" + applicationId, grunbau).json()
                             .path("timeline").findValuesAsText("type"))
                    .doesNotContain("FundingDeadlineFellDueEvent");
        }

        try (RunningGateway after = new RunningGateway(dataDir)) {
            // new tokens: a token names the URL of its issuer, and the restarted gateway listens on another port
            String office = after.tokenFor("sozialdezernat", "COORDINATOR");
            String grunbau = after.tokenFor("grunbau", "PARTNER");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode tasks = after.get("/api/funding/tasks", grunbau).json();
                assertThat(tasks.get(0).path("overdue").asBoolean()).isTrue();
            });
            JsonNode timeline = after.get("/api/funding/applications/" + applicationId, grunbau).json()
                                     .path("timeline");
            JsonNode fellDue = timeline.get(timeline.size() - 1);
            assertThat(fellDue.path("type").asText()).isEqualTo("FundingDeadlineFellDueEvent");
            assertThat(fellDue.path("actorId").asText()).isEqualTo("system:deadlines");
            assertThat(fellDue.path("effectiveOn").asText()).isEqualTo(LocalDate.now().toString());
            // a coordinator sees the partner's list; the partner cannot see another organisation's
            assertThat(after.get("/api/funding/tasks?organisation=grunbau", office).json().size()).isEqualTo(1);
            assertThat(after.get("/api/funding/tasks?organisation=awo", grunbau).status()).isEqualTo(403);

            assertThat(after.post("/api/funding/applications/" + applicationId + "/submit", grunbau,
                                  "{\"reason\": \"late, agreed with the funder\"}").status()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    after.get("/api/funding/tasks", grunbau).json().size()).isZero());
            JsonNode deadline = after.get("/api/funding/applications/" + applicationId, grunbau).json()
                                     .path("deadlines").get(0);
            assertThat(deadline.path("state").asText()).isEqualTo("MET");

            runningProjectChanges(after, office, grunbau, applicationId);
        }
    }

    /** Approval, reporting dates, an amendment, the financing plan's sum rule and the live portfolio. */
    private static void runningProjectChanges(RunningGateway gateway, String office, String grunbau,
                                              String applicationId) throws Exception {
        String application = "/api/funding/applications/" + applicationId;
        try (LiveStream portfolio = LiveStream.open(gateway, "/api/funding/portfolio/stream", office)) {
            assertThat(portfolio.next("snapshot")).contains("\"approvedCount\":0");
            assertThat(gateway.post(application + "/approve", office, "{\"effectiveOn\": \"2026-12-15\"}").status())
                    .isEqualTo(204);
            assertThat(portfolio.next("update")).contains("\"approved\":\"341756.87\"");
        }
        assertThat(gateway.post(application + "/start", grunbau, "{\"effectiveOn\": \"2027-01-01\"}").status())
                .isEqualTo(204);
        assertThat(gateway.post(application + "/reporting-dates", grunbau,
                                "{\"interimStatements\": [\"2028-06-30\"], \"finalStatement\": \"2030-06-30\"}")
                          .status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                gateway.get("/api/funding/tasks", grunbau).json().findValuesAsText("key"))
                .containsExactly("interim-statement-1", "final-statement"));

        RunningGateway.Response proposed = gateway.post(application + "/amendments", grunbau,
                "{\"amount\": \"360000.00\", \"reason\": \"rents rose\", \"effectiveOn\": \"2027-09-01\"}");
        assertThat(proposed.status()).isEqualTo(201);
        String amendment = proposed.json().path("id").asText();
        // only the lead applicant or a coordinator changes it; others do not even see it
        assertThat(gateway.post(application + "/amendments", gateway.tokenFor("awo", "PARTNER"),
                                "{\"amount\": \"1.00\"}").status()).isEqualTo(404);
        assertThat(gateway.post(application + "/amendments/" + amendment + "/approve", office,
                                "{\"amount\": \"355000.00\", \"effectiveOn\": \"2027-10-01\"}").status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode detail = gateway.get(application, grunbau).json();
            assertThat(detail.path("approvedAmount").asText()).isEqualTo("355000.00");
            assertThat(detail.path("amendments").get(0).path("state").asText()).isEqualTo("APPROVED");
            assertThat(detail.path("amendments").get(0).path("proposed").path("amount").asText())
                    .isEqualTo("360000.00");
        });

        long events = gateway.storedEvents();
        RunningGateway.Response oneCentShort = gateway.post(application + "/financing-plan", grunbau, """
                {"totalCost": "500000.00", "lines": [
                  {"source": "STATE", "amount": "355000.00"},
                  {"source": "OWN_FUNDS", "amount": "144999.99"}]}""");
        assertThat(oneCentShort.status()).isEqualTo(422);
        assertThat(oneCentShort.contentType()).startsWith("application/problem+json");
        assertThat(oneCentShort.json().path("code").asText()).isEqualTo("financing-plan.does-not-add-up");
        assertThat(oneCentShort.json().path("detail").asText()).contains("difference 0.01");
        assertThat(gateway.post(application + "/financing-plan", grunbau,
                                "{\"totalCost\": \"500000.00\", \"lines\": [{\"amount\": \"500000.00\"}]}").status())
                .isEqualTo(400);
        assertThat(gateway.storedEvents()).isEqualTo(events);
        assertThat(gateway.post(application + "/financing-plan", grunbau, """
                {"totalCost": "500000.00", "lines": [
                  {"source": "STATE", "ratePercent": "71", "label": "Stärke Quartiere"},
                  {"source": "OWN_FUNDS", "amount": "145000.00"}]}""").status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                gateway.get(application, grunbau).json().path("financingPlan").path("lines")
                       .findValuesAsText("amount")).containsExactly("355000.00", "145000.00"));
    }

    /** A server-sent event stream, read line by line in the background. */
    private static final class LiveStream implements AutoCloseable {
        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        private final InputStream body;

        private LiveStream(InputStream body) {
            this.body = body;
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    String name = null;
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("event:")) {
                            name = line.substring("event:".length()).strip();
                        } else if (line.startsWith("data:")) {
                            events.add(name + " " + line.substring("data:".length()).strip());
                        }
                    }
                } catch (java.io.IOException closed) {
                    // the test closed the stream
                }
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static LiveStream open(RunningGateway gateway, String path, String token) throws Exception {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                               .header("Authorization", "Bearer " + token)
                               .header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            return new LiveStream(response.body());
        }

        /** The data of the next event, which must have this name. */
        String next(String name) throws InterruptedException {
            String event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("a %s event", name).isNotNull().startsWith(name + " ");
            return event.substring(name.length() + 1);
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
