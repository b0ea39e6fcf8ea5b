package org.verbund.core.audit;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.verbund.core.audit.AuditStoreFixture.Find;
import org.verbund.core.audit.AuditStoreFixture.Store;
import org.verbund.core.audit.api.HistoryFilter;
import org.verbund.core.audit.api.NetworkHistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbund.core.audit.AuditStoreFixture.expected;
import static org.verbund.core.audit.AuditStoreFixture.organisation;

/**
 * The history filtered by organisation, type, context, aggregate and recorded time, on the real engine and index,
 * each answer compared with the whole history filtered the slow way: alone and combined, after any position, paged
 * across chunk boundaries, with the index caught up, lagging, or not started; and read by key lookups only.
 */
class FilteredHistoryTest {

    private static final Instant T0 = Instant.parse("2016-01-01T00:00:00Z");
    private static final List<String> ORGANISATIONS = List.of("rpa", "dez5", "caritas");

    @RegisterExtension
    static final AuditStoreFixture fixture = new AuditStoreFixture();

    /** 120 events of 6 ledgers, by 3 organisations, one a minute from T0; every fifth one closes (another type). */
    private static Store seeded(int chunkSize) {
        Store store = fixture.newStore(chunkSize, 7);
        long[] sequences = new long[6];
        for (int i = 0; i < 120; i++) {
            int ledger = (i * 7) % 6;
            store.record("ledger-" + ledger, sequences[ledger]++, ORGANISATIONS.get(i % 3), i % 5 == 4,
                         T0.plusSeconds(60L * i));
        }
        return store;
    }

    private static List<HistoryFilter> filters() {
        return List.of(organisation("rpa"),
                       new HistoryFilter(null, null, null, "LedgerClosedEvent", null, null),
                       new HistoryFilter(null, null, null, null, "audit", null),
                       new HistoryFilter(null, null, null, null, null, "ledger-3"),
                       new HistoryFilter(null, null, "dez5", "LedgerEntryBookedEvent", "audit", "ledger-1"),
                       new HistoryFilter(null, null, "caritas", "LedgerClosedEvent", null, null),
                       new HistoryFilter(T0.plusSeconds(600), T0.plusSeconds(3000), null, null, null, null),
                       new HistoryFilter(T0.plusSeconds(590), T0.plusSeconds(3030), "rpa", null, null, "ledger-0"),
                       new HistoryFilter(T0.plusSeconds(600), null, null, "LedgerClosedEvent", null, null),
                       new HistoryFilter(null, T0.plusSeconds(1200), null, null, null, "ledger-5"),
                       organisation("nobody"),
                       new HistoryFilter(null, null, "rpa", null, "funding", null));
    }

    @Test
    void everyFilterAloneAndCombinedAnswersWhatTheWholeHistoryFilteredSays() {
        Store store = seeded(4);
        store.indexer().catchUp();
        List<NetworkHistoryEntry> all = store.all();
        assertThat(all).hasSize(120);
        for (HistoryFilter filter : filters()) {
            for (long after : new long[]{-1, 0, 13, 59, 118, 119}) {
                assertThat(store.read(after, filter)).as("%s after %d", filter, after)
                                                     .isEqualTo(expected(all, after, filter));
            }
        }
        assertThat(store.read(-1, organisation("rpa"))).hasSize(40).isNotEqualTo(all);
        assertThat(store.read(-1, organisation("nobody"))).isEmpty();
    }

    @Test
    void timesAreFromInclusiveAndToExclusive() {
        Store store = seeded(4);
        store.indexer().catchUp();
        HistoryFilter tenMinutes = new HistoryFilter(T0.plusSeconds(600), T0.plusSeconds(1200), null, null, null, null);

        List<NetworkHistoryEntry> read = store.read(-1, tenMinutes);

        assertThat(read).extracting(NetworkHistoryEntry::position).containsExactly(10L, 11L, 12L, 13L, 14L, 15L, 16L,
                                                                                  17L, 18L, 19L);
        assertThat(store.read(-1, new HistoryFilter(T0.plusSeconds(1200), T0.plusSeconds(1200), null, null, null,
                                                    null))).isEmpty();
    }

    @Test
    void timesAreExactToTheNanosecondThoughCommitsKeepMilliseconds() {
        Store store = fixture.newStore(4, 7);
        Instant first = T0.plusNanos(100_000_500);
        Instant second = T0.plusNanos(100_000_900);
        store.record("ledger-a", 0, "rpa", false, first);
        store.record("ledger-a", 1, "rpa", false, second);
        store.indexer().catchUp();

        assertThat(store.read(-1, new HistoryFilter(second, null, "rpa", null, null, null)))
                .extracting(NetworkHistoryEntry::position).containsExactly(1L);
        assertThat(store.read(-1, new HistoryFilter(first, second, "rpa", null, null, null)))
                .extracting(NetworkHistoryEntry::position).containsExactly(0L);
        assertThat(store.read(-1, new HistoryFilter(first, null, null, null, null, null)))
                .extracting(NetworkHistoryEntry::position).containsExactly(0L, 1L);
    }

    @Test
    void pagesOfAFilterFollowEachOtherAcrossChunkBoundaries() {
        Store store = seeded(3);
        store.indexer().catchUp();
        List<NetworkHistoryEntry> all = store.all();
        for (HistoryFilter filter : filters()) {
            for (int size : new int[]{1, 2, 5}) {
                assertThat(store.paged(filter, size)).as("%s by %d", filter, size)
                                                     .isEqualTo(expected(all, -1, filter));
            }
        }
    }

    @Test
    void aLaggingIndexIsMadeUpByTheTailSoAnswersAreComplete() {
        Store store = seeded(4);
        List<NetworkHistoryEntry> all = store.all();
        // not started: everything is tail
        for (HistoryFilter filter : filters()) {
            assertThat(store.read(-1, filter)).as("unindexed %s", filter).isEqualTo(expected(all, -1, filter));
        }
        // part way: index, then tail
        for (int batch = 0; batch < 5; batch++) {
            store.indexer().indexNextBatch();
        }
        assertThat(store.index().indexedUpTo()).isEqualTo(34);
        for (HistoryFilter filter : filters()) {
            for (long after : new long[]{-1, 20, 34, 35, 80}) {
                assertThat(store.read(after, filter)).as("%s after %d, index at 34", filter, after)
                                                     .isEqualTo(expected(all, after, filter));
            }
        }
    }

    @Test
    void filteredReadsAreKeyLookupsAndReadOnlyWhatMatches() {
        Store store = fixture.newStore(50, 500);
        long[] sequences = new long[50];
        // 3,000 events; the organisation "rare" did 12 of them, spread over the history
        for (int i = 0; i < 3_000; i++) {
            int ledger = i % 50;
            String organisation = i % 250 == 7 ? "rare" : ORGANISATIONS.get(i % 3);
            store.record("ledger-" + ledger, sequences[ledger]++, organisation, false, T0.plusSeconds(i));
        }
        store.indexer().catchUp();
        fixture.finds.clear();

        List<NetworkHistoryEntry> rare = store.read(-1, organisation("rare"));
        List<NetworkHistoryEntry> rareOfOneLedger = store.read(-1, new HistoryFilter(null, null, "rare", null, null,
                                                                                       "ledger-7"));

        assertThat(rare).hasSize(12).allMatch(entry -> "rare".equals(entry.metadata().get("organisationId")));
        assertThat(rareOfOneLedger).hasSize(12);
        assertThat(fixture.finds).isNotEmpty().allSatisfy(find -> assertThat(isKeyLookup(find.filter()))
                .as("a key lookup: %s", find).isTrue());
        int documentsRead = fixture.finds.stream().mapToInt(Find::answered).sum();
        // per read: the watermark, the heads, one chunk, 12 commits, and the tail's (empty) look past the watermark
        assertThat(documentsRead).as("documents read for 24 matching events of 3,000").isLessThanOrEqualTo(40);
    }

    /** {@code {_id: x}}, {@code {_id: {$in: [...]}}} or {@code {end: {$in: [...]}}}: served by a unique index. */
    private static boolean isKeyLookup(BsonDocument filter) {
        if (filter == null) {
            return true; // a getMore continues a find already checked
        }
        if (filter.size() != 1) {
            return false;
        }
        String field = filter.getFirstKey();
        BsonValue condition = filter.get(field);
        boolean equality = !condition.isDocument();
        boolean in = condition.isDocument() && condition.asDocument().keySet().equals(Set.of("$in"));
        return Set.of("_id", "end").contains(field) && (equality || in);
    }
}
