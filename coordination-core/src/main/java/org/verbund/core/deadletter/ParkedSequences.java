package org.verbund.core.deadletter;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The documents of one group's parked sequences, read and written by key only: a sequence's document by
 * {@code _id} ({@code group/sequence}), the group's list of sequences by {@code _id} (the group), the listed ones by
 * {@code $in}. Without transactions, every change of a sequence is a rewrite at the {@code version} read, repeated
 * if someone changed it between (the processor appending behind a sequence while an operator retries it).
 */
final class ParkedSequences {

    /** How long a retry may hold a sequence before another may take it (a retry that died releases it so). */
    static final Duration CLAIM = Duration.ofMinutes(1);

    private final String group;
    private final MongoCollection<Document> sequences;
    private final MongoCollection<Document> groups;
    private final Clock clock;

    ParkedSequences(String group, MongoCollection<Document> sequences, MongoCollection<Document> groups, Clock clock) {
        this.group = group;
        this.sequences = sequences;
        this.groups = groups;
        this.clock = clock;
    }

    Document find(String sequence) {
        return sequences.find(Filters.eq("_id", key(sequence))).first();
    }

    /** Lists the sequence in its group; done before its document is written, so no parked sequence goes unlisted. */
    void list(String sequence) {
        groups.updateOne(Filters.eq("_id", group), Updates.addToSet("sequences", sequence),
                         new UpdateOptions().upsert(true));
    }

    /** Starts the sequence's document with its first letter; false if it exists (someone parked it meanwhile). */
    boolean start(String sequence, Document letter) {
        try {
            sequences.insertOne(new Document("_id", key(sequence)).append("group", group).append("sequence", sequence)
                                        .append("version", 0L).append("letters", List.of(letter)));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /** The documents of every parked sequence (a sequence listed whose document is gone is not parked). */
    List<Document> all() {
        Document listed = groups.find(Filters.eq("_id", group)).first();
        List<String> names = listed == null ? List.of() : listed.getList("sequences", String.class, List.of());
        if (names.isEmpty()) {
            return List.of();
        }
        List<Document> found = new ArrayList<>();
        sequences.find(Filters.in("_id", names.stream().map(this::key).toList())).into(found);
        found.removeIf(stored -> LetterCodec.letters(stored).isEmpty());
        return found;
    }

    /**
     * Changes the sequence's letters at the version read; a change that leaves none deletes the document (at that
     * version, so a letter appended meanwhile is never lost) and takes it off the group's list. Empty if the sequence
     * is not parked or {@code change} answered null.
     */
    Optional<List<Document>> change(String sequence, UnaryOperator<List<Document>> change) {
        while (true) {
            Document stored = find(sequence);
            if (stored == null) {
                return Optional.empty();
            }
            long version = stored.getLong("version");
            List<Document> letters = change.apply(new ArrayList<>(LetterCodec.letters(stored)));
            if (letters == null) {
                return Optional.empty();
            }
            if (letters.isEmpty()) {
                if (sequences.deleteOne(atVersion(sequence, version)).getDeletedCount() == 1) {
                    unlist(sequence);
                    return Optional.of(letters);
                }
            } else if (sequences.replaceOne(atVersion(sequence, version),
                                            stored.append("letters", letters).append("version", version + 1))
                                .getModifiedCount() == 1) {
                return Optional.of(letters);
            }
        }
    }

    /** Takes (or releases) the sequence for a retry; false if another retry holds it. */
    boolean claim(String sequence, boolean take) {
        while (true) {
            Document stored = find(sequence);
            if (stored == null) {
                return !take;
            }
            Date claimed = stored.getDate("claimedUntil");
            if (take && claimed != null && claimed.after(Date.from(clock.instant()))) {
                return false;
            }
            long version = stored.getLong("version");
            stored.put("claimedUntil", take ? Date.from(clock.instant().plus(CLAIM)) : null);
            stored.put("version", version + 1);
            if (sequences.replaceOne(atVersion(sequence, version), stored).getModifiedCount() == 1) {
                return true;
            }
        }
    }

    void clear() {
        all().forEach(stored -> sequences.deleteOne(Filters.eq("_id", stored.getString("_id"))));
        groups.deleteOne(Filters.eq("_id", group));
    }

    private void unlist(String sequence) {
        groups.updateOne(Filters.eq("_id", group), Updates.pull("sequences", sequence));
        if (find(sequence) != null) {
            list(sequence); // parked again meanwhile (a new failure): keep it listed
        }
    }

    private Bson atVersion(String sequence, long version) {
        return Filters.and(Filters.eq("_id", key(sequence)), Filters.eq("version", version));
    }

    private String key(String sequence) {
        return group + "/" + sequence;
    }
}
