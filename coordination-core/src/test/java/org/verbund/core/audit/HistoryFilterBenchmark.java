package org.verbund.core.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verbund.core.audit.AuditStoreFixture.Store;
import org.verbund.core.audit.api.HistoryFilter;
import org.verbund.core.audit.api.NetworkHistoryEntry;
import org.verbund.core.eventstore.EventMetadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of filtered reads on a large history: 100,000 events seeded through the store (commits of 1 to 4 events of
 * one of 2,000 ledgers, on behalf of 20 organisations, one of which did 0.1 % of it), the indexer's throughput, and
 * the time of a page of 100 unfiltered, filtered from the index, and filtered without an index (the history read and
 * filtered in memory, which is what the index saves). Run with
 * {@code ./mvnw -Pbenchmark verify -pl coordination-core -Dtest=HistoryFilterBenchmark}; the figures are printed and
 * written to {@code coordination-core/target/audit-filter-benchmark.txt}. Embedded server, memory backend.
 */
@Tag("benchmark")
class HistoryFilterBenchmark {

    private static final int EVENTS = 100_000;
    private static final int LEDGERS = 2_000;
    private static final int PAGE = 100;
    private static final int RUNS = 15;
    private static final Instant T0 = Instant.parse("2014-01-01T00:00:00Z");
    private static final List<String> report = new ArrayList<>();
    private static final AuditStoreFixture fixture = new AuditStoreFixture();

    @AfterAll
    static void writeReport() throws IOException {
        fixture.close();
        Path results = Path.of("target", "audit-filter-benchmark.txt");
        Files.createDirectories(results.getParent());
        Files.write(results, report);
    }

    @Test
    void filteredPagesFromTheIndexAgainstUnfilteredAndUnindexedOnes() {
        fixture.recording = false;
        Store store = fixture.newStore(1_000, 1_000);
        long seedStart = System.nanoTime();
        seed(store);
        note("seeded %,d events in %.1f s", EVENTS, seconds(seedStart));

        long indexStart = System.nanoTime();
        long indexed = store.indexer().catchUp();
        double indexSeconds = seconds(indexStart);
        assertThat(indexed).isEqualTo(EVENTS);
        note("indexer: %,d events in %.1f s = %,.0f events/s (batches of 1,000, chunks of 1,000)",
             indexed, indexSeconds, indexed / indexSeconds);

        // the same store read through an index that has not started: every filter is served from the tail
        FilteredHistory unindexed = new FilteredHistory(store.history(), store.engine(),
                                                        new HistoryIndex(fixture.newStore(1_000, 1_000).database(),
                                                                         1_000));
        long middle = EVENTS / 2;
        time("unfiltered page of 100 after the middle", () -> page(store.filtered(), middle, HistoryFilter.none()));
        for (HistoryFilter filter : List.of(AuditStoreFixture.organisation("org-3"),
                                            AuditStoreFixture.organisation("rare"),
                                            new HistoryFilter(null, null, null, "LedgerClosedEvent", null, null),
                                            new HistoryFilter(null, null, null, null, null, "ledger-7"),
                                            new HistoryFilter(null, null, "org-3", "LedgerClosedEvent", null, null),
                                            new HistoryFilter(T0.plusSeconds(EVENTS / 2), T0.plusSeconds(EVENTS / 2 + 3_600),
                                                              "org-5", null, null, null))) {
            List<NetworkHistoryEntry> fromIndex = time("indexed   " + describe(filter),
                                                       () -> page(store.filtered(), middle, filter));
            List<NetworkHistoryEntry> scanned = time("unindexed " + describe(filter),
                                                     () -> page(unindexed, middle, filter));
            assertThat(fromIndex).isEqualTo(scanned);
        }
        report.forEach(System.out::println);
    }

    private static void seed(Store store) {
        Random random = new Random(13);
        long[] sequences = new long[LEDGERS];
        int position = 0;
        while (position < EVENTS) {
            int ledger = random.nextInt(LEDGERS);
            int events = Math.min(1 + random.nextInt(4), EVENTS - position);
            String organisation = random.nextInt(1_000) == 0 ? "rare" : "org-" + ledger % 20;
            MetaData metaData = MetaData.with(EventMetadata.ACTOR_ID, "seeder")
                                        .and(EventMetadata.ORGANISATION_ID, organisation);
            List<GenericDomainEventMessage<?>> commit = new ArrayList<>(events);
            for (int i = 0; i < events; i++) {
                long sequence = sequences[ledger]++;
                Object payload = random.nextInt(10) == 0 ? new LedgerClosedEvent("ledger-" + ledger)
                        : new LedgerEntryBookedEvent("ledger-" + ledger, sequence);
                commit.add(new GenericDomainEventMessage<>("Ledger", "ledger-" + ledger, sequence,
                                                           new GenericMessage<>(payload, metaData),
                                                           T0.plusSeconds(position + i)));
            }
            store.engine().appendEvents(commit);
            position += events;
        }
    }

    private static List<NetworkHistoryEntry> page(FilteredHistory history, long after, HistoryFilter filter) {
        try (Stream<NetworkHistoryEntry> events = history.after(after, filter)) {
            return events.limit(PAGE).toList();
        }
    }

    private static <T extends List<?>> T time(String what, Supplier<T> read) {
        T answer = read.get(); // warm-up
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            read.get();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        note("%-75s %3d events, median %8.1f ms (min %.1f, max %.1f)", what, answer.size(), millis[RUNS / 2],
             millis[0], millis[RUNS - 1]);
        return answer;
    }

    private static String describe(HistoryFilter filter) {
        return filter.toString().replace("HistoryFilter", "").replaceAll("\\w+=null(, )?", "").replace(", ]", "]");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void note(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        report.add(line);
        System.out.println(line);
    }
}
