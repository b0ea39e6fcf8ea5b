package org.verbund.funding.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.verbund.core.eventstore.EmbeddedMongoServer;

/** A projection on the embedded store for one test, fed events the way a processor feeds them. */
final class ProjectionStore implements AutoCloseable {

    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
    private final MongoClient client = server.newClient();
    final MongoDatabase database = client.getDatabase("projection-test");
    final QueryUpdateEmitter updates = SimpleQueryUpdateEmitter.builder().build();

    /** Hands the event to the projection through Axon's handler adapter, as event {@code sequence} of its aggregate. */
    static void handle(Object projection, String aggregateId, long sequence, Object event) throws Exception {
        new AnnotationEventHandlerAdapter(projection).handle(
                new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, event));
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
