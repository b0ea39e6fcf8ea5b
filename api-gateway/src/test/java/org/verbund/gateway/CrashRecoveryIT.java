package org.verbund.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.rebuild.CollectionAliases;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged gateway killed with SIGKILL, as a machine or an operator's {@code kill -9} does it, on the durable
 * embedded store. Under 8 writing clients, killed at 5 random moments (the seed is printed; {@code
 * -Dverbund.crash.seed=} repeats a run) and started again on the same data each time: every acknowledged command's
 * events are stored exactly once, none is stored in part, and every read model the clients touched equals a full
 * rebuild and the state the stored history gives. Then a projection catching up the whole history is killed in the
 * middle of it (of a batch of 100 events): started again, it goes on from the token it stored, not from the start,
 * and equals a full rebuild.
 */
@Tag("crash") // 11 to 13 minutes on a busy 2-core machine, mostly the 7 starts of the gateway: -Pcrash runs it
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final int CLIENTS = 8;
    private static final int KILLS = 5;
    private static final String ORGANISATIONS = "organisations";
    private static final String PROGRAMMES = "funding-programmes";
    /** Events the projection catches up when it is killed (it takes several seconds for this many). */
    private static final int BACKLOG = 3000;
    /** The processor's batch in the projection test: a kill lands inside one, between its events' updates. */
    private static final String BATCH = "--axon.eventhandling.processors.organisations.batch-size=100";
    private static final Pattern FETCHED_TOKEN = Pattern.compile(
            "\\[EventProcessor\\[organisations]-\\d+] .*Fetched token: (\\S+?\\{index=(\\d+)|null)");

    @TempDir
    static Path dataDir;
    private static GatewayProcess gateway;
    private static WritingClients clients;

    @BeforeAll
    static void start() throws Exception {
        gateway = new GatewayProcess(dataDir,
                // a key left running by the killed gateway is resolved after 3 s rather than 30 s, and a position
                // reserved by a commit the kill cut off is fenced after 5 s rather than 60 s: the clients carry on
                // sooner, and the history read at the end is not held at such a gap
                "--verbund.idempotency.lease=3s", "--verbund.event-store.gap-timeout=5s",
                "--logging.pattern.console=%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg%n");
        gateway.start();
        clients = new WritingClients(gateway, CLIENTS);
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    @Order(1)
    void everyAcknowledgedCommandIsStoredOnceAndWholeAndTheReadModelsEqualARebuildAfterFiveKillsUnderEightWriters()
            throws Exception {
        long seed = Long.getLong("verbund.crash.seed", System.currentTimeMillis());
        Random random = new Random(seed);
        System.out.printf("CrashRecoveryIT: seed %d (-Dverbund.crash.seed=%d repeats the kill moments)%n", seed, seed);
        long started = System.nanoTime();
        clients.start("w");
        for (int kill = 1; kill <= KILLS; kill++) {
            int before = clients.acknowledged();
            await().atMost(Duration.ofSeconds(120)).until(() -> clients.acknowledged() > before + 50);
            Duration moment = Duration.ofMillis(random.nextInt(5000));
            await().pollDelay(moment).atMost(moment.plusSeconds(1)).until(() -> true); // a random moment of writing
            int acknowledged = clients.acknowledged();
            gateway.kill();
            long down = System.nanoTime();
            gateway.start();
            System.out.printf("CrashRecoveryIT: kill %d of %d, %d ms into writing again, at %d acknowledged writes; "
                              + "up again after %d ms%n", kill, KILLS, moment.toMillis(), acknowledged,
                              (System.nanoTime() - down) / 1_000_000);
        }
        int afterLastStart = clients.acknowledged();
        await().atMost(Duration.ofSeconds(120)).until(() -> clients.acknowledged() > afterLastStart + 200);
        clients.stop();
        System.out.printf("CrashRecoveryIT: %d commands sent, %d acknowledged, %d requests sent again, %d refused "
                          + "or failed, over %d s%n", clients.sent().size(), clients.acknowledged(), clients.retries(),
                          clients.unexpected().size(),
                          (System.nanoTime() - started) / 1_000_000_000);
        assertStoredOnceAndWholeAndReadModelsAsRebuilt("after " + KILLS + " kills under " + CLIENTS + " writers");
        assertThat(clients.unexpected()).as("answers neither 2xx nor to be retried").isEmpty();
    }

    @Test
    @Order(2)
    void aProjectionKilledInTheMiddleOfABatchResumesFromItsTokenAndEqualsARebuild() throws Exception {
        String admin = gateway.adminToken();
        if (CommandsInHistory.read(gateway, admin).size() < BACKLOG) { // too short a history to catch up: write more
            clients.start("p");
            await().atMost(Duration.ofSeconds(300)).until(() -> CommandsInHistory.read(gateway, admin).size() >= BACKLOG);
            clients.stop();
        }
        long head = CommandsInHistory.read(gateway, admin).lastPosition();
        gateway.kill();
        resetWhileStopped(ORGANISATIONS);
        gateway.start(BATCH);
        long killedAt = awaitCatchingUpThenKill(head);
        long documents = documentsWhileStopped(ORGANISATIONS);
        int logBefore = gateway.logText().length();
        gateway.start(BATCH);
        long resumedFrom = fetchedToken(gateway.logText().substring(logBefore));
        long registeredUpToToken = CommandsInHistory.read(gateway, gateway.adminToken())
                                                    .registeredUpTo(resumedFrom, clients.sent());
        System.out.printf("CrashRecoveryIT: projection %s catching up %d positions killed at position %d, holding "
                          + "%d organisations, %d more than the events up to its stored token register (the batch "
                          + "in flight); started again from that token, at %d%n", ORGANISATIONS, head + 1, killedAt,
                          documents, documents - registeredUpToToken, resumedFrom);
        assertThat(resumedFrom).as("resumed from the token it stored, not from the start").isPositive()
                               .isGreaterThanOrEqualTo(killedAt).isLessThan(head);
        assertThat(documents).as("everything its token covers was in the read model").isGreaterThanOrEqualTo(
                registeredUpToToken);
        awaitCaughtUp(gateway.adminToken(), head);

        assertStoredOnceAndWholeAndReadModelsAsRebuilt("after a kill in the middle of a projection batch");
    }

    private static void assertStoredOnceAndWholeAndReadModelsAsRebuilt(String when) throws Exception {
        String admin = gateway.adminToken();
        long lastAcknowledged = clients.sent().stream().mapToLong(command -> command.position).max().orElse(0);
        CommandsInHistory history = await().atMost(Duration.ofSeconds(60)).until(
                () -> CommandsInHistory.read(gateway, admin), read -> read.lastPosition() >= lastAcknowledged);
        CommandsInHistory.Findings found = history.check(clients.sent());
        awaitCaughtUp(admin, history.lastPosition());
        List<String> differences = new ArrayList<>();
        long compared = rebuildDiffers(admin, ORGANISATIONS, differences) + rebuildDiffers(admin, PROGRAMMES,
                                                                                           differences);
        organisationsDiffer(admin, history.organisations(clients.sent()), differences);
        programmesDiffer(admin, history.programmes(clients.sent()), differences);
        System.out.printf("CrashRecoveryIT, %s: %d events stored; %d acknowledged commands: %d missing, %d "
                          + "duplicated, %d half-stored, %d answered otherwise than stored; read models: %d documents "
                          + "compared with a full rebuild, %d differences%n", when, found.events(),
                          found.acknowledged(), found.missing(), found.duplicated(), found.halfStored(),
                          found.misanswered(), compared, differences.size());
        assertThat(found.problems()).as("acknowledged commands not stored once and whole").isEmpty();
        assertThat(found.acknowledged()).isGreaterThan(100);
        assertThat(differences).as("read models unlike a rebuild or the stored history").isEmpty();
        assertThat(compared).isPositive();
    }

    /** Rebuilds {@code group} beside the live read models and drops the rebuild; the documents compared. */
    private static long rebuildDiffers(String admin, String group, List<String> differences) throws Exception {
        String path = "/api/admin/projections/" + group + "/rebuild";
        RunningGateway.Response started = gateway.post(path, admin, "{}", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode caughtUp = await().atMost(Duration.ofSeconds(180)).until(() -> gateway.read(path, admin),
                progress -> progress.path("state").asText().equals("CAUGHT_UP") && progress.has("diff")
                            && !progress.path("diff").isNull());
        JsonNode diff = caughtUp.path("diff");
        if (diff.path("differing").asLong() != 0) {
            differences.add(group + " rebuilt differs from the live one: " + diff);
        }
        assertThat(gateway.post(path + "/cancel", admin, "{}", Map.of()).status()).isEqualTo(200);
        return diff.path("compared").asLong();
    }

    /** Each organisation as served against the version and name its stored events give it. */
    private static void organisationsDiffer(String admin, Map<String, CommandsInHistory.Organisation> expected,
                                            List<String> differences) throws Exception {
        Map<String, CommandsInHistory.Organisation> served = new HashMap<>();
        for (JsonNode organisation : everyPage(admin, "/api/organisations?limit=1000")) {
            served.put(organisation.path("id").asText(), new CommandsInHistory.Organisation(
                    organisation.path("version").asLong(), organisation.path("name").asText()));
        }
        expected.forEach((id, state) -> {
            if (!state.equals(served.get(id))) {
                differences.add("organisation " + id + ": stored " + state + ", served " + served.get(id));
            }
        });
    }

    /** Each programme the stored events registered is served with its call (the second event of its command). */
    private static void programmesDiffer(String admin, Set<String> expected, List<String> differences)
            throws Exception {
        Set<String> withCall = new HashSet<>();
        for (JsonNode programme : everyPage(admin, "/api/funding/programmes?limit=1000")) {
            if (programme.path("call").hasNonNull("submissionDeadline")) {
                withCall.add(programme.path("id").asText());
            }
        }
        expected.stream().filter(id -> !withCall.contains(id))
                .forEach(id -> differences.add("programme " + id + " is not served with its call"));
    }

    private static List<JsonNode> everyPage(String admin, String first) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (String next = first; next != null; ) {
            RunningGateway.Response page = gateway.get(next, admin);
            assertThat(page.status()).as(next + ": " + page.body()).isEqualTo(200);
            page.json().forEach(items::add);
            next = page.nextPage();
        }
        return items;
    }

    /**
     * What an operator does to replay a read model from the start with the gateway stopped: its processor's token
     * and its collection are removed, so the next start catches up the whole history into an empty read model.
     */
    private static void resetWhileStopped(String group) {
        long removed = whileStopped(client -> {
            MongoDatabase database = client.getDatabase("verbund");
            database.getCollection(new CollectionAliases(database).physical(group)).drop();
            return DefaultMongoTemplate.builder().mongoDatabase(client, "verbund").build().trackingTokensCollection()
                                       .deleteMany(Filters.eq("processorName", group)).getDeletedCount();
        });
        assertThat(removed).as("the processor's token").isEqualTo(1);
    }

    /** The documents of a read model as the killed gateway left them. */
    private static long documentsWhileStopped(String readModel) {
        return whileStopped(client -> {
            MongoDatabase database = client.getDatabase("verbund");
            return database.getCollection(new CollectionAliases(database).physical(readModel)).countDocuments();
        });
    }

    /** The store's file read (as the gateway does) while no gateway has it open. */
    private static <T> T whileStopped(Function<MongoClient, T> read) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onFile(dataDir);
             MongoClient client = server.newClient()) {
            return read.apply(client);
        }
    }

    /** Waits until the processor is part of the way through {@code head} positions, then kills the gateway. */
    private static long awaitCatchingUpThenKill(long head) throws Exception {
        String admin = gateway.adminToken();
        long[] position = {-1};
        await().atMost(Duration.ofSeconds(120)).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            position[0] = processor(admin, ORGANISATIONS).path("position").asLong();
            return position[0] > head / 10;
        });
        gateway.kill();
        assertThat(position[0]).as("killed while catching up, before the head").isLessThan(head);
        return position[0];
    }

    private static void awaitCaughtUp(String admin, long head) {
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            for (String group : List.of(ORGANISATIONS, PROGRAMMES)) {
                JsonNode processor = processor(admin, group);
                assertThat(processor.path("caughtUp").asBoolean()).as(group + " " + processor).isTrue();
                assertThat(processor.path("position").asLong()).as(group + " " + processor).isGreaterThanOrEqualTo(head);
            }
        });
    }

    private static JsonNode processor(String admin, String group) throws Exception {
        return gateway.read("/actuator/health", admin).path("components").path("readModels").path("details")
                      .path(group);
    }

    /** The position of the token the organisations processor fetched when it started, from the gateway's log. */
    private static long fetchedToken(String log) {
        Matcher fetched = FETCHED_TOKEN.matcher(log);
        assertThat(fetched.find()).as("the processor logged the token it started from:%n%s", log).isTrue();
        return fetched.group(2) == null ? -1 : Long.parseLong(fetched.group(2));
    }
}
