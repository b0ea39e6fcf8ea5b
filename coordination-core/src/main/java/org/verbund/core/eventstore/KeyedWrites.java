package org.verbund.core.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Whether an aggregate holds events a caller's request recorded under its {@code Idempotency-Key} (every event's
 * metadata carries the key and the actor), and the last one's version and global position: what that request's
 * answer said. Read by key lookups only, the aggregate's commits by {@code _id} windows as the engine reads them; for
 * the rare request whose gateway died between the command and its answer, so it reads the aggregate from its start.
 */
public final class KeyedWrites {

    /** The last event the request recorded: its aggregate version (the answer's ETag) and global position. */
    public record Recorded(long version, long position) {
    }

    private final AggregateStreamReader aggregates;
    private final Serializer serializer;

    public KeyedWrites(MongoDatabase verbundDatabase, Serializer serializer) {
        this.aggregates = new AggregateStreamReader(
                verbundDatabase.getCollection(MongoCommitEventStorageEngine.COMMITS_COLLECTION));
        this.serializer = serializer;
    }

    public Optional<Recorded> lastRecordedBy(String aggregateId, String actorId, String idempotencyKey) {
        Recorded last = null;
        Iterator<Document> commits = aggregates.commitsFrom(aggregateId, 0, null);
        while (commits.hasNext()) {
            Document commit = commits.next();
            long first = commit.get(CommitDocuments.FIRST, Number.class).longValue();
            List<Document> events = commit.getList(CommitDocuments.EVENTS, Document.class, List.of());
            for (int i = 0; i < events.size(); i++) {
                Document event = events.get(i);
                MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(
                        event.getString(CommitDocuments.META_DATA), String.class, MetaData.class.getName(), null));
                if (idempotencyKey.equals(metaData.get(EventMetadata.IDEMPOTENCY_KEY))
                    && actorId.equals(metaData.get(EventMetadata.ACTOR_ID)) && event.containsKey(CommitDocuments.SEQ)) {
                    // a commit's events hold the positions from its first on, in order
                    last = new Recorded(event.get(CommitDocuments.SEQ, Number.class).longValue(), first + i);
                }
            }
        }
        return Optional.ofNullable(last);
    }
}
