package org.verbund.core.eventstore;

import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MongoKeyedSagaStoreTest {

    @RegisterExtension
    static final EmbeddedStoreFixture store = new EmbeddedStoreFixture();

    record DeadlineWatch(String applicationId, int remindersSent) {
    }

    @Test
    void findsLoadsUpdatesAndDeletesSagasByKeyLookups() {
        MongoKeyedSagaStore sagas = new MongoKeyedSagaStore(store.newDatabase(), EventStoreConfiguration.jacksonSerializer());
        AssociationValue application = new AssociationValue("applicationId", "app-1");
        AssociationValue programme = new AssociationValue("programmeId", "esf-7");
        sagas.insertSaga(DeadlineWatch.class, "saga-1", new DeadlineWatch("app-1", 0), Set.of(application, programme));
        sagas.insertSaga(DeadlineWatch.class, "saga-2", new DeadlineWatch("app-2", 0), Set.of(programme));

        assertThat(sagas.findSagas(DeadlineWatch.class, application)).containsExactly("saga-1");
        assertThat(sagas.findSagas(DeadlineWatch.class, programme)).containsExactlyInAnyOrder("saga-1", "saga-2");
        SagaStore.Entry<DeadlineWatch> loaded = sagas.loadSaga(DeadlineWatch.class, "saga-1");
        assertThat(loaded.saga()).isEqualTo(new DeadlineWatch("app-1", 0));
        assertThat(loaded.associationValues()).containsExactlyInAnyOrder(application, programme);

        AssociationValuesImpl changed = new AssociationValuesImpl(Set.of(application, programme));
        changed.remove(programme);
        AssociationValue call = new AssociationValue("callId", "call-2017");
        changed.add(call);
        sagas.updateSaga(DeadlineWatch.class, "saga-1", new DeadlineWatch("app-1", 1), changed);

        assertThat(sagas.findSagas(DeadlineWatch.class, programme)).containsExactly("saga-2");
        assertThat(sagas.findSagas(DeadlineWatch.class, call)).containsExactly("saga-1");
        assertThat(sagas.loadSaga(DeadlineWatch.class, "saga-1").saga().remindersSent()).isEqualTo(1);

        sagas.deleteSaga(DeadlineWatch.class, "saga-1", Set.of(application, call));
        assertThat(sagas.loadSaga(DeadlineWatch.class, "saga-1")).isNull();
        assertThat(sagas.findSagas(DeadlineWatch.class, application)).isEmpty();
        assertThat(sagas.findSagas(DeadlineWatch.class, call)).isEmpty();
    }
}
