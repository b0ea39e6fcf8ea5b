package org.verbund.core.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code deadline_index} collection: a bucket per due day ({@code day:2026-11-25}, the ids due that day), a list
 * per name and scope ({@code scope:...}) and the sweep cursor (days before it have no open deadline). Every read is
 * by {@code _id} or {@code _id $in}, as the storage rules ask.
 */
final class DeadlineIndex {

    /** Days before today the cursor stays behind, so a deadline stored just before midnight is not skipped. */
    private static final int CURSOR_LAG_DAYS = 2;
    private static final String CURSOR = "cursor";

    private final MongoCollection<Document> index;

    DeadlineIndex(MongoCollection<Document> index) {
        this.index = index;
    }

    static String scopeKey(String deadlineName, String scopeData) {
        return "scope:" + deadlineName + "|" + scopeData;
    }

    void add(String id, LocalDate bucket, String scopeKey) {
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        index.updateOne(Filters.eq("_id", dayKey(bucket)), Updates.addToSet("ids", id), upsert);
        index.updateOne(Filters.eq("_id", scopeKey), Updates.addToSet("ids", id), upsert);
        index.updateOne(Filters.eq("_id", CURSOR), Updates.setOnInsert("day", bucket.toString()), upsert);
    }

    void remove(String id, LocalDate bucket, String scopeKey) {
        index.updateOne(Filters.eq("_id", dayKey(bucket)), Updates.pull("ids", id));
        index.updateOne(Filters.eq("_id", scopeKey), Updates.pull("ids", id));
    }

    List<String> idsInScope(String scopeKey) {
        Document ids = index.find(Filters.eq("_id", scopeKey)).first();
        return ids == null ? List.of() : ids.getList("ids", String.class);
    }

    /** The ids in the buckets from the cursor to {@code today}, by bucket; empty if nothing was ever scheduled. */
    Optional<Sweep> sweepUpTo(LocalDate today) {
        Document cursor = index.find(Filters.eq("_id", CURSOR)).first();
        if (cursor == null) {
            return Optional.empty();
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.parse(cursor.getString("day")); !day.isAfter(today); day = day.plusDays(1)) {
            days.add(day);
        }
        Map<String, List<String>> idsByDay = new HashMap<>();
        index.find(Filters.in("_id", days.stream().map(DeadlineIndex::dayKey).toList()))
             .forEach(bucket -> idsByDay.put(bucket.getString("_id"), bucket.getList("ids", String.class)));
        return Optional.of(new Sweep(days, idsByDay, today));
    }

    /** The buckets one poll looked at. */
    final class Sweep {

        private final List<LocalDate> days;
        private final Map<String, List<String>> idsByDay;
        private final LocalDate today;

        private Sweep(List<LocalDate> days, Map<String, List<String>> idsByDay, LocalDate today) {
            this.days = days;
            this.idsByDay = idsByDay;
            this.today = today;
        }

        List<String> ids() {
            return idsByDay.values().stream().flatMap(List::stream).distinct().toList();
        }

        /** Moves the cursor over old days whose every deadline is {@code settled} (gone or parked). */
        void advanceCursor(Predicate<String> settled) {
            LocalDate limit = today.minusDays(CURSOR_LAG_DAYS);
            LocalDate next = null;
            for (LocalDate day : days) {
                if (!day.isBefore(limit) || !idsByDay.getOrDefault(dayKey(day), List.of()).stream().allMatch(settled)) {
                    break;
                }
                next = day.plusDays(1);
            }
            if (next != null) {
                index.updateOne(Filters.eq("_id", CURSOR), Updates.set("day", next.toString()));
            }
        }
    }

    private static String dayKey(LocalDate day) {
        return "day:" + day;
    }
}
