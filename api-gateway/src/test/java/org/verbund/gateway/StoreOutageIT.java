package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.awaitility.core.ConditionTimeoutException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verbund.gateway.admin.ProcessorAdminController;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store may fail and come back: a gateway on a MongoDB reached through a proxy of the test's own (a real
 * wire-protocol server, mongo-java-server in this JVM, with the driver and the gateway's settings of a real MongoDB:
 * {@code verbund.store.mongodb-uri}) has writers and readers sending all along while the proxy cuts every connection
 * and refuses new ones for 10 s, or holds back every byte for 10 s (a partition: nothing says the store is gone).
 * Meanwhile every answer is 503 problem+json {@code store-unavailable} with {@code Retry-After}, within a few seconds
 * once the gateway knows the store is gone (at once after a cut, a few seconds into a silence; the requests already
 * waiting on a silent connection wait out the read timeout), never a 2xx and never a 500; health is DOWN and the
 * read models' processors say they are in error but keep running. When the proxy accepts again, writes are acknowledged again
 * with nothing restarted, every write retried with its Idempotency-Key is acknowledged once, the history holds each
 * acknowledged write exactly once and nothing else, and the read model shows every one.
 */
class StoreOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);
    /**
     * The gateway's driver waits 3 s for a server (the requests that find it gone first), then the gateway knows and
     * refuses at once: with the request's own work, this is what "within a few seconds" means.
     */
    private static final Duration SLOWEST_REFUSAL = Duration.ofSeconds(5);
    /**
     * When nothing says that the store is gone, a request already waiting for a reply waits out the driver's read
     * timeout (10 s), and its retry the server selection (3 s), before it is refused.
     */
    private static final Duration SLOWEST_REFUSAL_UNSAID = Duration.ofSeconds(20);
    /**
     * The driver's monitor knows a silent store is gone one heartbeat (1 s) and a connect timeout (2 s) later: from
     * then on, every request is refused within {@link #SLOWEST_REFUSAL}, however the store went away.
     */
    private static final Duration KNOWN_GONE_AFTER = Duration.ofSeconds(5);
    private static final String PROCESSOR = "cooperation-read-models";

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(StoreProxy.Failure.class)
    void whileTheStoreIsGoneEveryAnswerSaysRetryAndAfterwardsNothingIsLostOrTwice(StoreProxy.Failure failure)
            throws Exception {
        Duration slowestRefusal = failure == StoreProxy.Failure.CUT ? SLOWEST_REFUSAL : SLOWEST_REFUSAL_UNSAID;
        MongoServer store = new MongoServer(new MemoryBackend());
        store.bind("127.0.0.1", 0);
        InetSocketAddress storeAddress = store.getLocalAddress();
        try (StoreProxy proxy = new StoreProxy(storeAddress);
             RunningGateway gateway = new RunningGateway(dataDir, "",
                     "--verbund.store.mongodb-uri=mongodb://127.0.0.1:" + proxy.port() + "/verbund",
                     // a write cut off by the outage keeps its key this long before a retry may look for it
                     "--verbund.idempotency.lease=5s",
                     // a position reserved before the outage whose commit never came holds every reader back this
                     // long (60 s by default) before it is fenced off
                     "--verbund.event-store.gap-timeout=5s")) {
            gateway.registered("dez5", "isb");
            String coordinator = gateway.tokenFor("dez5", "COORDINATOR");
            String partner = gateway.tokenFor("isb", "PARTNER");
            String auditor = gateway.tokenFor("dez5", "AUDITOR");
            String admin = gateway.adminToken();
            String known = gateway.post("/api/cooperation/partnerships", coordinator, """
                    {"partnerCity": "Plovdiv", "country": "Bulgarien", "participantIds": ["isb"]}""")
                                  .json().path("id").asText();
            await().atMost(Duration.ofSeconds(20))
                   .until(() -> gateway.get("/api/cooperation/partnerships/" + known, partner).status() == 200);

            try (StoreOutageLoad load = new StoreOutageLoad(gateway, coordinator, partner, "isb",
                                                            "/api/cooperation/partnerships/" + known, 3, 2)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= 30);

                long cutAt = System.nanoTime();
                proxy.fail(failure);
                await().atMost(slowestRefusal).until(() -> gateway.get("/actuator/health", null).status() == 503);
                Duration healthDownAfter = Duration.ofNanos(System.nanoTime() - cutAt);
                // no token is checked now (the check reads the client from the store): the processor is asked here
                TrackingEventProcessor processor = gateway.bean(EventProcessingConfiguration.class)
                        .eventProcessor(PROCESSOR, TrackingEventProcessor.class).orElseThrow();
                await().atMost(Duration.ofSeconds(20)).until(() -> ProcessorAdminController.inError(processor));
                assertThat(processor.isRunning()).as("the read models' processor pauses, it does not stop").isTrue();
                // the rest of the outage, the load going on: health stays DOWN all along
                List<Integer> healthDuringOutage = new CopyOnWriteArrayList<>();
                await().atMost(OUTAGE.plusSeconds(10)).until(() -> {
                    healthDuringOutage.add(gateway.get("/actuator/health", null).status());
                    return System.nanoTime() - cutAt >= OUTAGE.toNanos();
                });
                assertThat(healthDuringOutage).as("health during the outage").containsOnly(503);
                long restoredAt = System.nanoTime();
                proxy.restore();

                await().atMost(Duration.ofSeconds(30)).until(() -> load.answers.stream().anyMatch(
                        answer -> answer.kind().equals("write") && answer.status() == 201
                                  && answer.askedNanos() > restoredAt));
                Duration writesBackAfter = Duration.ofNanos(load.answers.stream()
                        .filter(answer -> answer.kind().equals("write") && answer.status() == 201
                                          && answer.askedNanos() > restoredAt)
                        .mapToLong(StoreOutageLoad.Answer::answeredNanos).min().orElseThrow() - restoredAt);
                await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/actuator/health", null).status() == 200);
                Duration healthUpAfter = Duration.ofNanos(System.nanoTime() - restoredAt);
                int acknowledgedBefore = load.acknowledged.size();
                await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedBefore + 30);
                load.stopNewWrites();
                await().atMost(Duration.ofSeconds(60)).until(() -> load.pendingWrites() == 0);
                load.close();

                List<StoreOutageLoad.Answer> duringOutage = load.answers.stream()
                        .filter(answer -> answer.askedNanos() > cutAt && answer.answeredNanos() < restoredAt).toList();
                Map<String, Long> outageStatuses = countedBy(duringOutage, answer -> answer.kind() + " "
                        + answer.status() + (answer.code() == null ? "" : " " + answer.code()));
                Map<String, Long> allStatuses = countedBy(new ArrayList<>(load.answers), answer -> answer.kind()
                        + " " + answer.status() + (answer.code() == null ? "" : " " + answer.code()));
                Duration slowest = duringOutage.stream().map(StoreOutageLoad.Answer::took)
                                               .max(Duration::compareTo).orElse(Duration.ZERO);

                Map<String, String> acknowledgedIds = new HashMap<>();
                load.acknowledged.forEach((key, ids) -> ids.forEach(id -> acknowledgedIds.put(id, key)));
                // the audit history is indexed behind the store: wait for it to show every acknowledged write
                AtomicReference<Map<String, Integer>> history = new AtomicReference<>(Map.of());
                try {
                    await().atMost(Duration.ofSeconds(30)).until(() -> {
                        history.set(storedPartnerships(gateway, auditor));
                        return history.get().keySet().containsAll(acknowledgedIds.keySet());
                    });
                } catch (ConditionTimeoutException stillMissing) {
                    // counted as missing below
                }
                Map<String, Integer> storedTimes = history.get();
                long missing = acknowledgedIds.keySet().stream().filter(id -> !storedTimes.containsKey(id)).count();
                long duplicates = storedTimes.values().stream().filter(times -> times > 1).count()
                                  + load.acknowledged.values().stream().filter(ids -> ids.size() > 1).count();
                long notAcknowledged = storedTimes.keySet().stream()
                        .filter(id -> !id.equals(known) && !acknowledgedIds.containsKey(id)).count();

                System.out.println("StoreOutageIT " + failure + ": outage " + (restoredAt - cutAt) / 1_000_000 + " ms; answers asked and answered "
                                   + "during it " + duringOutage.size() + " by kind and status " + outageStatuses
                                   + "; the slowest (kind, ms after the cut, ms taken): " + duringOutage.stream()
                                           .sorted(Comparator.comparing(StoreOutageLoad.Answer::took)
                                                                       .reversed()).limit(5)
                                           .map(answer -> answer.kind() + " " + (answer.askedNanos() - cutAt)
                                                          / 1_000_000 + " " + answer.took().toMillis()).toList()
                                   + "; health polled during it " + healthDuringOutage);
                System.out.println("StoreOutageIT " + failure + ": all answers " + allStatuses);
                System.out.println("StoreOutageIT " + failure + ": writes acknowledged " + acknowledgedIds.size() + ", stored "
                                   + (storedTimes.size() - 1) + ", missing " + missing + ", duplicates " + duplicates
                                   + ", stored but not acknowledged " + notAcknowledged);
                System.out.println("StoreOutageIT " + failure + ": health DOWN " + healthDownAfter.toMillis() + " ms after the cut, "
                                   + "UP " + healthUpAfter.toMillis() + " ms after the store was back; first write "
                                   + "acknowledged " + writesBackAfter.toMillis() + " ms after; proxy connections "
                                   + proxy.connectionsAccepted());

                assertThat(duringOutage).as("requests during the outage").hasSizeGreaterThan(10)
                        .allSatisfy(answer -> {
                            assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                            assertThat(answer.contentType()).as(answer.toString())
                                                            .startsWith("application/problem+json");
                            assertThat(answer.code()).as(answer.toString()).isEqualTo("store-unavailable");
                            assertThat(answer.retryAfter()).as(answer.toString()).isNotBlank();
                        });
                assertThat(outageStatuses).as("writes and reads alike").containsKeys(
                        "write 503 store-unavailable", "read 503 store-unavailable");
                assertThat(slowest).as("the slowest refusal").isLessThan(slowestRefusal);
                assertThat(duringOutage.stream().filter(answer -> answer.askedNanos() - cutAt
                                                                  > KNOWN_GONE_AFTER.toNanos())
                                       .map(StoreOutageLoad.Answer::took).max(Duration::compareTo)
                                       .orElse(Duration.ZERO)).as("the slowest refusal once the gateway knows")
                        .isLessThan(SLOWEST_REFUSAL);
                assertThat(load.answers).as("answers of the whole run").allSatisfy(answer -> {
                    assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 409, 503);
                    if (answer.status() == 409) {
                        assertThat(answer.code()).as("a write cut off keeps its key leased")
                                                 .isEqualTo("idempotency-key-in-progress");
                    }
                    if (answer.status() == 503) {
                        assertThat(answer.code()).isEqualTo("store-unavailable");
                    }
                });
                assertThat(missing).as("acknowledged writes missing from the history").isZero();
                assertThat(duplicates).as("writes stored or acknowledged twice").isZero();
                assertThat(notAcknowledged).as("writes stored that no 201 named").isZero();

                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        acknowledgedIds.keySet().stream().filter(id -> readStatus(gateway, partner, id) != 200)
                                       .toList()).as("acknowledged writes the read model does not show").isEmpty());
                JsonNode processorAfter = gateway.get("/api/admin/processors/" + PROCESSOR, admin).json();
                assertThat(processorAfter.path("running").asBoolean()).as(processorAfter.toString()).isTrue();
                assertThat(processorAfter.path("error").asBoolean()).as(processorAfter.toString()).isFalse();
                assertThat(readModelsHealth(gateway, admin).path("error").asBoolean()).isFalse();
            }
        } finally {
            store.shutdownNow();
        }
    }

    /** What health says of the read models' processor. */
    private static JsonNode readModelsHealth(RunningGateway gateway, String admin) throws Exception {
        JsonNode health = gateway.get("/actuator/health", admin).json();
        return health.path("components").path("readModels").path("details").path(PROCESSOR);
    }

    /** Each partnership's id in the audit history, with how many times it was established there. */
    private static Map<String, Integer> storedPartnerships(RunningGateway gateway, String auditor) throws Exception {
        Map<String, Integer> times = new TreeMap<>();
        long after = -1;
        while (true) {
            RunningGateway.Response page = gateway.get("/api/audit/events?type=PartnershipEstablishedEvent&limit=1000"
                                                       + "&after=" + after, auditor);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            if (page.json().isEmpty()) {
                return times;
            }
            for (JsonNode entry : page.json()) {
                times.merge(entry.path("aggregateId").asText(), 1, Integer::sum);
                after = entry.path("position").asLong();
            }
        }
    }

    private static int readStatus(RunningGateway gateway, String token, String id) {
        try {
            return gateway.get("/api/cooperation/partnerships/" + id, token).status();
        } catch (Exception e) {
            return -1;
        }
    }

    private static Map<String, Long> countedBy(List<StoreOutageLoad.Answer> answers,
                                               Function<StoreOutageLoad.Answer, String> key) {
        return answers.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
