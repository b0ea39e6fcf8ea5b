package org.verbund.workshop.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.kernel.TypedId;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.secrets.MasterKey;
import org.verbund.core.secrets.SealedSecrets;

/**
 * The embedded store the workshop projections are tested on, and the way a processor hands them events: each as a
 * domain event of its aggregate at a sequence number.
 */
final class ReadModelStore implements AutoCloseable {

    final QueryUpdateEmitter updates = SimpleQueryUpdateEmitter.builder().build();
    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
    private final MongoClient client = server.newClient();
    final MongoDatabase database = client.getDatabase("workshop-read-models-test");

    PersonalDataKeys personalDataKeys() {
        return new PersonalDataKeys(database, SealedSecrets.under(database, MasterKey.generate()));
    }

    /** Hands the event of {@code aggregate} at {@code sequence} to the projection, as its processor does. */
    static void apply(Object projection, TypedId aggregate, long sequence, Object event) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(
                    new GenericDomainEventMessage<>("Workshop", aggregate.value(), sequence, event));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
