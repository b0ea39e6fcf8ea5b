package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Read models rebuilt beside the live ones, on the demo load of the 2017 report: a rebuild reports its progress and
 * a zero diff and is swapped in while 8 sessions (of 4 API clients) keep writing and reading their writes, without
 * one failed read; 20
 * rebuilds in a row leave the read model complete; and the portfolio as in effect on 2016-12-31, rebuilt into
 * temporary collections, is the sum of the projects approved by then, computed here from the report's table.
 */
class ProjectionRebuildIT {

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static String admin;
    private static String viewer;

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir, "", "--verbund.demo=true", "--verbund.store.embedded-backend=memory");
        admin = gateway.adminToken();
        viewer = gateway.tokenFor("awo", "VIEWER");
        await().atMost(Duration.ofSeconds(60)).until(
                () -> gateway.get("/api/funding/portfolio", viewer).json().path("totals").path("approvedCount")
                             .asInt() == 26);
        // the demo load done and read: what is measured below is the rebuild, not the load still arriving
        org.axonframework.eventsourcing.eventstore.EventStorageEngine storage =
                gateway.bean(org.axonframework.eventsourcing.eventstore.EventStorageEngine.class);
        org.verbund.core.readmodel.ReadModelPositions positions =
                gateway.bean(org.verbund.core.readmodel.ReadModelPositions.class);
        await().atMost(Duration.ofSeconds(60)).during(Duration.ofMillis(500)).until(() -> {
            long head = ((org.axonframework.eventhandling.GapAwareTrackingToken) storage.createHeadToken()).getIndex();
            return positions.hasHandled("funding-applications", head) && positions.hasHandled("funding-portfolio", head);
        });
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aRebuildIsSwappedInWhileEightClientsWriteAndReadWithoutAFailedRead() throws Exception {
        String partner = gateway.tokenFor("caritasverband", "PARTNER");
        List<String> clients = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            // 4 API clients, each writing and reading from two sessions at once
            String token = gateway.tokenFor("caritasverband", "PARTNER");
            clients.add(token);
            clients.add(token);
        }
        String programme = gateway.get("/api/funding/programmes", viewer).json().path(0).path("id").asText();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        CountDownLatch stopped = new CountDownLatch(8);
        for (int client = 0; client < 8; client++) {
            int number = client;
            String token = clients.get(client);
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; running.get(); i++) {
                        RunningGateway.Response drafted = gateway.post("/api/funding/applications", token, """
                                {"programmeId": "%s", "title": "Projekt %d-%d", "leadApplicantId": "caritasverband",
                                 "requestedAmount": "1000.00", "period": {"from": "2018-01-01", "to": "2018-12-31"}}"""
                                .formatted(programme, number, i));
                        if (drafted.status() != 201) {
                            failures.add("write " + drafted.status() + " " + drafted.body());
                            continue;
                        }
                        created.add(drafted.location());
                        RunningGateway.Response read = gateway.get(drafted.location(), token);
                        reads.incrementAndGet();
                        if (read.status() != 200) {
                            failures.add("read at " + java.time.Instant.now() + " of " + drafted.location() + " written at "
                                         + drafted.header("Verbund-Position") + ": " + read.status() + "; processor "
                                         + gateway.get("/api/admin/processors/funding-applications", admin).body()
                                         + "; collections " + where(drafted.location())
                                         + "; again " + gateway.get(drafted.location(), partner).status());
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    failures.add(e.toString());
                } finally {
                    stopped.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        try {
            RunningGateway.Response started = gateway.post("/api/admin/projections/funding-applications/rebuild",
                                                           admin, "{}");
            assertThat(started.status()).isEqualTo(202);
            JsonNode caughtUp = awaitCaughtUp("funding-applications");
            assertThat(caughtUp.path("processed").asLong()).isPositive();
            assertThat(caughtUp.path("total").asLong()).isPositive();
            assertThat(caughtUp.path("ratePerSecond").asDouble()).isPositive();
            assertThat(caughtUp.path("diff").path("compared").asLong()).isPositive();
            assertThat(caughtUp.path("diff").path("differing").asLong()).isZero();
            int readsBefore = reads.get();
            RunningGateway.Response swapped = gateway.post("/api/admin/projections/funding-applications/swap", admin,
                                                           "{}");
            assertThat(swapped.status()).as(swapped.body()).isEqualTo(200);
            assertThat(swapped.json().path("state").asText()).isEqualTo("SWAPPED");
            await().atMost(Duration.ofSeconds(30)).until(() -> reads.get() > readsBefore + 50);
        } finally {
            running.set(false);
            stopped.await();
        }
        for (String application : created) {
            assertThat(gateway.get(application, partner).status()).as("still there: " + application).isEqualTo(200);
        }
        String last = created.stream().reduce((first, second) -> second).orElseThrow();
        assertThat(where(last)).as("the newest application is in the rebuilt collection, which is live")
                               .startsWith("funding_application_details__").contains("aliases funding_application_details__");
        assertThat(failures).isEmpty();
        assertThat(reads.get()).isGreaterThan(50);
    }

    @Test
    void twentyRebuildsInARowLeaveThePortfolioComplete() throws Exception {
        JsonNode before = gateway.get("/api/funding/portfolio", viewer).json().path("totals");
        for (int round = 0; round < 20; round++) {
            assertThat(gateway.post("/api/admin/projections/funding-portfolio/rebuild", admin, "{}").status())
                    .isEqualTo(202);
            assertThat(awaitCaughtUp("funding-portfolio").path("diff").path("differing").asLong()).isZero();
            assertThat(gateway.post("/api/admin/projections/funding-portfolio/swap", admin, "{}").status())
                    .isEqualTo(200);
            assertThat(gateway.get("/api/funding/portfolio", viewer).json().path("totals").path("approvedCount")
                              .asInt()).isEqualTo(before.path("approvedCount").asInt());
        }
        assertThat(gateway.get("/api/funding/portfolio", viewer).json().path("totals")).isEqualTo(before);
    }

    @Test
    void thePortfolioAsInEffectAtTheEndOf2016IsTheSumOfTheProjectsApprovedByThen() throws Exception {
        String auditor = gateway.tokenFor("rpa", "AUDITOR");
        int endOf2016 = assertSnapshotIsTheReportsSum(auditor, LocalDate.of(2016, 12, 31));
        int endOf2015 = assertSnapshotIsTheReportsSum(auditor, LocalDate.of(2015, 12, 31));
        assertThat(endOf2015).as("fewer projects were approved a year earlier").isLessThan(endOf2016);
        assertThat(gateway.get("/api/funding/portfolio", viewer).json().path("totals").path("approvedCount").asInt())
                .as("the live portfolio is untouched").isEqualTo(26);
        assertThat(gateway.get("/api/audit/snapshots/nosuchsnapshot", auditor).status()).isEqualTo(404);
        assertThat(gateway.post("/api/audit/snapshots", auditor, "{\"projection\": \"funding-portfolio\"}").status())
                .isEqualTo(400);
        assertThat(gateway.post("/api/audit/snapshots", auditor,
                                "{\"projection\": \"funding-extension-links\", \"effectiveOn\": \"2016-12-31\"}")
                          .status()).as("a command-side group has no read models").isEqualTo(404);
    }

    /** The snapshot's approved total and count as effective on {@code day}, against the report; the count. */
    private static int assertSnapshotIsTheReportsSum(String auditor, LocalDate day) throws Exception {
        RunningGateway.Response started = gateway.post("/api/audit/snapshots", auditor,
                "{\"projection\": \"funding-portfolio\", \"effectiveOn\": \"" + day + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode done = await().atMost(Duration.ofSeconds(60)).until(
                () -> gateway.get(started.location(), auditor).json(),
                snapshot -> snapshot.path("progress").path("state").asText().equals("DONE"));
        JsonNode totals = done.path("answers").path("FindFundingPortfolioQuery").path("totals");
        BigDecimal expected = BigDecimal.ZERO;
        int count = 0;
        for (String[] project : reportProjects()) {
            // the demo load records an approval one month before the project starts (ReportPortfolio)
            if (project[5].equals("APPROVED") && !firstMonth(project[2]).minusMonths(1).isAfter(day)) {
                expected = expected.add(new BigDecimal(project[4]));
                count++;
            }
        }
        assertThat(count).isPositive();
        assertThat(totals.path("approvedCount").asInt()).as("approved by " + day).isEqualTo(count);
        assertThat(new BigDecimal(totals.path("approved").asText())).isEqualByComparingTo(expected);
        return count;
    }

    private static String where(String location) {
        String id = location.substring(location.lastIndexOf('/') + 1);
        StringBuilder found = new StringBuilder();
        for (String name : gateway.bean(com.mongodb.client.MongoDatabase.class).listCollectionNames()) {
            if (name.startsWith("funding_application_details") && gateway.bean(com.mongodb.client.MongoDatabase.class)
                    .getCollection(name).find(com.mongodb.client.model.Filters.eq("_id", id)).first() != null) {
                found.append(name).append(' ');
            }
        }
        return found.toString() + "aliases " + gateway.bean(org.verbund.core.rebuild.CollectionAliases.class)
                                                    .physical("funding_application_details");
    }

    private static JsonNode awaitCaughtUp(String group) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> gateway.get("/api/admin/projections/" + group + "/rebuild", admin).json(),
                progress -> progress.path("state").asText().equals("CAUGHT_UP") && progress.has("diff")
                            && !progress.path("diff").isNull());
    }

    private static List<String[]> reportProjects() throws IOException {
        return Files.readAllLines(Path.of("..", "demo-data", "src", "main", "resources", "demo", "portfolio-2017.tsv"))
                    .stream().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t")).toList();
    }

    /** The first month a title names: "01-03/2017", else the first year's January. */
    private static LocalDate firstMonth(String title) {
        Matcher months = Pattern.compile("(\\d{2})-\\d{2}/(\\d{4})").matcher(title);
        if (months.find()) {
            return LocalDate.of(Integer.parseInt(months.group(2)), Integer.parseInt(months.group(1)), 1);
        }
        Matcher year = Pattern.compile("(\\d{4})").matcher(title);
        return year.find() ? LocalDate.of(Integer.parseInt(year.group(1)), 1, 1) : LocalDate.of(2015, 1, 1);
    }
}
