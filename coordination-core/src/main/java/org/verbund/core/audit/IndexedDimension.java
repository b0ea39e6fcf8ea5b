package org.verbund.core.audit;

import org.verbund.core.audit.api.HistoryFilter;
import org.verbund.core.audit.api.NetworkHistoryEntry;
import org.verbund.core.eventstore.EventMetadata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The properties of a history entry the audit index keeps a posting list for, and how a value becomes the key of its
 * list: {@code <dimension>:<value>} with the value URL-encoded, so that a key never holds a second {@code :} and a
 * chunk's id ({@code <key>:<chunk>}) can never be mistaken for another key.
 */
enum IndexedDimension {

    ORGANISATION("organisation", entry -> metadataText(entry, EventMetadata.ORGANISATION_ID), HistoryFilter::organisation),
    TYPE("type", NetworkHistoryEntry::type, HistoryFilter::type),
    CONTEXT("context", NetworkHistoryEntry::context, HistoryFilter::context),
    AGGREGATE("aggregate", NetworkHistoryEntry::aggregateId, HistoryFilter::aggregate);

    private final String name;
    private final Function<NetworkHistoryEntry, String> ofEntry;
    private final Function<HistoryFilter, String> ofFilter;

    IndexedDimension(String name, Function<NetworkHistoryEntry, String> ofEntry,
                     Function<HistoryFilter, String> ofFilter) {
        this.name = name;
        this.ofEntry = ofEntry;
        this.ofFilter = ofFilter;
    }

    /** The key of the list holding {@code value}. */
    String key(String value) {
        return name + ":" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The keys of the lists an entry belongs to (an event without an organisation or aggregate is in none of those). */
    static Iterable<String> keysOf(NetworkHistoryEntry entry) {
        return keys(dimension -> dimension.ofEntry.apply(entry)).keySet();
    }

    /** The keys a filter asks for, with the value each stands for. */
    static Map<String, String> keysOf(HistoryFilter filter) {
        return keys(dimension -> dimension.ofFilter.apply(filter));
    }

    /** Whether the entry has every value the filter asks for (times are checked elsewhere). */
    static boolean matches(HistoryFilter filter, NetworkHistoryEntry entry) {
        for (IndexedDimension dimension : values()) {
            String wanted = dimension.ofFilter.apply(filter);
            if (wanted != null && !wanted.equals(dimension.ofEntry.apply(entry))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> keys(Function<IndexedDimension, String> valueOf) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (IndexedDimension dimension : values()) {
            String value = valueOf.apply(dimension);
            if (value != null) {
                keys.put(dimension.key(value), value);
            }
        }
        return keys;
    }

    private static String metadataText(NetworkHistoryEntry entry, String key) {
        Object value = entry.metadata().get(key);
        return value == null ? null : Objects.toString(value);
    }
}
