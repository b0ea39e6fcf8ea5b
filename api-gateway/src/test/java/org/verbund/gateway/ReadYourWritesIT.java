package org.verbund.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.gateway.web.ReadYourWrites;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write's 2xx means the caller can act on it at once: 8 clients at once, each 150 times, create something, act on
 * it immediately and read it immediately, over HTTP, in the registry and all three contexts; no sequence may meet an
 * unexpected status (a 404 for what was just created, a 422 for a programme just registered, a read without the
 * write). Four clients are partners (acting as lead applicant, as the organisation running a group, as a participant
 * of a partnership), four are coordinators, who also keep the registry. Nothing waits in between.
 */
class ReadYourWritesIT {

    private static final int CLIENTS = 8;
    private static final int SEQUENCES = 150;

    @TempDir
    static Path dataDir;
    private static RunningGateway gateway;
    private static final List<Client> clients = new ArrayList<>();

    /** One API client with the things it acts on. */
    private record Client(int number, String organisation, String token, boolean coordinator, String programme,
                          String group, String partnership) {
    }

    @BeforeAll
    static void start() throws Exception {
        gateway = new RunningGateway(dataDir);
        String office = gateway.tokenFor("sozialdezernat", "COORDINATOR");
        gateway.registered("sozialdezernat");
        gateway.registeredBodies("koordinierungsgruppe");
        for (int number = 0; number < CLIENTS; number++) {
            String organisation = "carrier-" + number;
            gateway.registered(organisation);
            boolean coordinator = number >= CLIENTS / 2;
            String token = gateway.tokenFor(organisation, coordinator ? "COORDINATOR" : "PARTNER");
            // each client its own programme, group and partnership, so that clients never conflict
            String programme = created(gateway.post("/api/funding/programmes", office, """
                    {"name": "Programm %d", "funderLevel": "STATE"}""".formatted(number)));
            String group = created(gateway.post("/api/workshops/groups", office, """
                    {"name": "AK %1$d", "mandate": "Austausch", "leadingOrganisationId": "%2$s",
                     "managingOrganisationId": "%2$s", "reportsToId": "koordinierungsgruppe"}"""
                    .formatted(number, organisation)));
            String partnership = created(gateway.post("/api/cooperation/partnerships", office, """
                    {"partnerCity": "Plovdiv %d", "country": "Bulgarien", "participantIds": ["%s"]}"""
                    .formatted(number, organisation)));
            clients.add(new Client(number, organisation, token, coordinator, programme, group, partnership));
        }
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void everyClientActsOnWhatItJustWroteAndReadsItAtOnce() throws Exception {
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> readMillis = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (Client client : clients) {
            running.add(pool.submit(() -> {
                for (int sequence = 0; sequence < SEQUENCES; sequence++) {
                    try {
                        run(client, sequence, unexpected, readMillis);
                    } catch (Exception e) {
                        unexpected.add(client.number() + "/" + sequence + ": " + e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        long[] reads = readMillis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("read-your-writes: %d sequences by %d clients in %.1f s; reads p50 %d ms, p99 %d ms%n",
                          CLIENTS * SEQUENCES, CLIENTS, seconds, reads[reads.length / 2],
                          reads[(int) (reads.length * 0.99)]);
        for (Timer waits : gateway.bean(MeterRegistry.class).find(ReadYourWrites.WAIT_TIMER).timers()) {
            System.out.printf("  waited for %s (reached: %s) in %d queries: %s%n", waits.getId().getTag("processor"),
                              waits.getId().getTag("reached"), waits.count(), Arrays.toString(Arrays.stream(
                                      waits.takeSnapshot().percentileValues()).map(ReadYourWritesIT::millis).toArray()));
        }
        assertThat(unexpected).as("sequences with an unexpected status").isEmpty();
        assertThat(gateway.bean(MeterRegistry.class).find(ReadYourWrites.WAIT_TIMER).tag("reached", "false")
                          .timers()).as("no read gave up waiting").allMatch(timer -> timer.count() == 0);
    }

    /** One create → act → read sequence; the kind rotates through the registry and the three contexts. */
    private static void run(Client client, int sequence, ConcurrentLinkedQueue<String> unexpected,
                            ConcurrentLinkedQueue<Long> readMillis) throws Exception {
        int kinds = client.coordinator() ? 4 : 3;
        String name = client.number() + "/" + sequence;
        switch (sequence % kinds) {
            case 0 -> sequence(client, name, "/api/funding/applications", """
                    {"programmeId": "%s", "title": "Projekt %s", "leadApplicantId": "%s", "requestedAmount": "1000.00",
                     "period": {"from": "2018-01-01", "to": "2018-12-31"}}"""
                    .formatted(client.programme(), name, client.organisation()), "/submit", "SUBMITTED",
                               unexpected, readMillis);
            case 1 -> sequence(client, name, "/api/workshops/meetings", """
                    {"groupId": "%s", "title": "Sitzung %s", "startsAt": "2018-03-01T10:00:00"}"""
                    .formatted(client.group(), name), "/hold", "HELD", unexpected, readMillis);
            case 2 -> sequence(client, name, "/api/cooperation/visits", """
                    {"partnershipId": "%s", "kind": "WORKING_VISIT", "period": {"from": "2018-05-02", "to": "2018-05-04"},
                     "participantIds": ["%s"]}""".formatted(client.partnership(), client.organisation()), "/hold",
                               "HELD", unexpected, readMillis);
            default -> sequence(client, name, "/api/organisations", """
                    {"name": "Träger %s", "shortName": "T", "kind": "NON_PROFIT_CARRIER"}""".formatted(name),
                               "/deactivate", null, unexpected, readMillis);
        }
    }

    private static void sequence(Client client, String name, String collection, String creation, String action,
                                 String status, ConcurrentLinkedQueue<String> unexpected,
                                 ConcurrentLinkedQueue<Long> readMillis) throws Exception {
        RunningGateway.Response created = gateway.post(collection, client.token(), creation);
        if (created.status() != 201) {
            unexpected.add(name + " create " + collection + ": " + created.status() + " " + created.body());
            return;
        }
        String location = created.location();
        RunningGateway.Response acted = gateway.post(location + action, client.token(), "{}");
        if (acted.status() != 204 || !"\"1\"".equals(acted.header("ETag"))) {
            unexpected.add(name + " " + action + " " + location + ": " + acted.status() + " " + acted.body());
            return;
        }
        long before = System.nanoTime();
        RunningGateway.Response read = gateway.send("GET", location, client.token(), null, Map.of());
        readMillis.add((System.nanoTime() - before) / 1_000_000);
        boolean shows = status == null ? read.body().contains("\"active\":false")
                : read.body().contains("\"status\":\"" + status + "\"");
        if (read.status() != 200 || !shows || !"\"1\"".equals(read.header("ETag"))) {
            unexpected.add(name + " read " + location + ": " + read.status() + " " + read.header("ETag") + " "
                           + read.body());
        }
    }

    private static String created(RunningGateway.Response response) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asText();
    }

    private static String millis(ValueAtPercentile percentile) {
        return "p" + Math.round(percentile.percentile() * 100) + " "
               + String.format(java.util.Locale.ROOT, "%.2f ms", percentile.value(TimeUnit.MILLISECONDS));
    }
}
