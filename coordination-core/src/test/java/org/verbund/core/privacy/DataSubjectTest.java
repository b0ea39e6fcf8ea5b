package org.verbund.core.privacy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.Role;
import org.verbund.core.privacy.api.DataSubjectErasedEvent;
import org.verbund.core.privacy.api.EraseDataSubjectCommand;
import org.verbund.core.secrets.MasterKey;
import org.verbund.core.secrets.SealedSecrets;
import org.verbund.core.testing.Actors;
import org.verbund.core.testing.Refusals;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An erasure, by a coordinator or admin only, deletes the person's key and is recorded once, however often asked. */
class DataSubjectTest {


    private static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.inMemory();
    private static final MongoClient CLIENT = SERVER.newClient();
    private static final PersonRef PERSON = PersonRef.of("contact-0001");
    private static final LocalDate ON = LocalDate.of(2026, 11, 25);

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    @Test
    void erasingDeletesTheKeyAndIsRecordedOnce() {
        MongoDatabase database = CLIENT.getDatabase("data-subject");
        PersonalDataKeys keys = new PersonalDataKeys(database, SealedSecrets.under(database, MasterKey.generate()));
        keys.keyFor(PERSON);
        FixtureConfiguration<DataSubject> fixture = new AggregateTestFixture<>(DataSubject.class);
        fixture.registerInjectableResource(keys);
        EraseDataSubjectCommand erase = EraseDataSubjectCommand.of(PERSON, ON);
        DataSubjectErasedEvent erased = new DataSubjectErasedEvent(erase.dataSubjectId(), PERSON, ON);

        fixture.givenNoPriorActivity().when(erase, Actors.partner("awo"))
               .expectException(Refusals.forbidden("person.erasure-by-coordinators")).expectNoEvents();
        assertThat(keys.isErased(PERSON)).as("refused before the key is touched").isFalse();

        fixture.givenNoPriorActivity().when(erase, Actors.coordinator()).expectEvents(erased);
        assertThat(keys.isErased(PERSON)).isTrue();
        assertThat(keys.existingKey(PERSON)).isEmpty();
        fixture.given(erased).when(erase, Actors.as(Role.ADMIN, "verbund")).expectNoEvents();
    }
}
