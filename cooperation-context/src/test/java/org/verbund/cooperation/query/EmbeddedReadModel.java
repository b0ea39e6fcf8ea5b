package org.verbund.cooperation.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.secrets.MasterKey;
import org.verbund.core.secrets.SealedSecrets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A cooperation projection on an in-memory embedded store, fed events the way a processor feeds them (as an
 * aggregate's events, with their sequence numbers), with personal-data keys and an update emitter to subscribe to.
 */
final class EmbeddedReadModel implements AutoCloseable {

    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
    private final MongoClient client = server.newClient();
    private final MongoDatabase database = client.getDatabase("cooperation-test");
    private final PersonalDataKeys keys = new PersonalDataKeys(database, SealedSecrets.under(database,
                                                                                           MasterKey.generate()));
    private final RecordingEmitter updates = new RecordingEmitter();
    private AnnotationEventHandlerAdapter handler;

    MongoDatabase database() {
        return database;
    }

    PersonalDataKeys keys() {
        return keys;
    }

    QueryUpdateEmitter updates() {
        return updates;
    }

    /** Feeds events to {@code projection} from now on; returns it. */
    <P> P feeding(P projection) {
        handler = new AnnotationEventHandlerAdapter(projection);
        return projection;
    }

    /** Delivers the event of aggregate {@code aggregateId} at {@code sequence}. */
    void deliver(String aggregateId, long sequence, Object event) throws Exception {
        handler.handle(new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, event));
    }

    /** The updates sent so far that a subscriber of {@code query} would have received. */
    <U> List<U> updatesOf(Object query, Class<U> updateType) {
        SubscriptionQueryMessage<Object, Object, U> subscription = new GenericSubscriptionQueryMessage<>(
                query, ResponseTypes.instanceOf(Object.class), ResponseTypes.instanceOf(updateType));
        return updates.sent.stream().filter(sent -> sent.filter().test(subscription))
                           .map(sent -> updateType.cast(sent.update().getPayload())).toList();
    }

    /** Starts the projection over, as a replay does. */
    void reset() {
        handler.prepareReset();
    }

    /** An emitter that remembers what it sent, and to whom. */
    private static final class RecordingEmitter extends SimpleQueryUpdateEmitter {

        private final List<Sent> sent = new ArrayList<>();

        private RecordingEmitter() {
            super(SimpleQueryUpdateEmitter.builder());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <U> void emit(Predicate<SubscriptionQueryMessage<?, ?, U>> filter,
                             SubscriptionQueryUpdateMessage<U> update) {
            sent.add(new Sent((Predicate) filter, update));
            super.emit(filter, update);
        }

        private record Sent(Predicate<SubscriptionQueryMessage<?, ?, ?>> filter,
                            SubscriptionQueryUpdateMessage<?> update) {
        }
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
