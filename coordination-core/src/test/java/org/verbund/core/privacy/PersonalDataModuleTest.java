package org.verbund.core.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.network.api.OrganisationKind;
import org.verbund.core.network.api.OrganisationRegisteredEvent;
import org.verbund.core.secrets.MasterKey;
import org.verbund.core.secrets.SealedSecrets;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Crypto-shredding: personal fields are stored encrypted with the person's key and read as erased once it is gone. */
class PersonalDataModuleTest {

    private static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.inMemory();
    private static final MongoClient CLIENT = SERVER.newClient();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final PersonRef PERSON = PersonRef.of("contact-0001");

    /** An event with personal data, as a context would declare it. */
    record ContactNamed(String contactId, PersonalText name, PersonalText email, LocalDate effectiveOn) {
    }

    private MongoDatabase database;
    private SealedSecrets secrets;
    private PersonalDataKeys keys;
    private ObjectMapper storage;

    @BeforeEach
    void newStore() {
        database = CLIENT.getDatabase("privacy-" + DATABASES.incrementAndGet());
        secrets = SealedSecrets.under(database, MasterKey.generate());
        keys = new PersonalDataKeys(database, secrets);
        storage = plainMapper().registerModule(new PersonalDataModule(keys));
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    private static ObjectMapper plainMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                                 .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static ContactNamed contact() {
        return new ContactNamed("contact-0001", PersonalText.of(PERSON, "Maria Beispiel"),
                                PersonalText.of(PERSON, "maria@example.org"), LocalDate.of(2016, 10, 12));
    }

    @Test
    void personalFieldsAreStoredEncryptedAndReadBackInClearWhileTheKeyExists() throws Exception {
        String stored = storage.writeValueAsString(contact());

        assertThat(stored).doesNotContain("Maria").doesNotContain("example.org").contains("\"cipher\"");
        assertThat(storage.readValue(stored, ContactNamed.class)).isEqualTo(contact());
        assertThat(storage.writeValueAsString(contact())).as("a fresh nonce every time").isNotEqualTo(stored);
    }

    @Test
    void afterErasureTheSameStoredBytesReadAsErasedAndNothingNewIsRecordedAboutThePerson() throws Exception {
        String stored = storage.writeValueAsString(contact());

        keys.erase(PERSON);

        ContactNamed read = storage.readValue(stored, ContactNamed.class);
        assertThat(read.name().erased()).isTrue();
        assertThat(read.email().value()).isEmpty();
        assertThat(read.contactId()).isEqualTo("contact-0001");
        assertThat(read.effectiveOn()).isEqualTo(LocalDate.of(2016, 10, 12));
        assertThat(keys.isErased(PERSON)).isTrue();
        assertThatThrownBy(() -> storage.writeValueAsString(contact())).hasRootCauseInstanceOf(RuleViolation.class);
        // an erased field can still be stored (a read model rebuilt after the erasure), as erased
        assertThat(storage.readValue(storage.writeValueAsString(read), ContactNamed.class)).isEqualTo(read);
        // another person is untouched
        PersonRef other = PersonRef.of("contact-0002");
        String kept = storage.writeValueAsString(PersonalText.of(other, "Ivan Beispiel"));
        assertThat(storage.readValue(kept, PersonalText.class).value()).contains("Ivan Beispiel");
    }

    @Test
    void anotherInstanceSeesTheErasureOnceWhatItRemembersIsOlderThanItsCacheTime() throws Exception {
        String stored = storage.writeValueAsString(contact());
        PersonalDataKeys rememberingLong = new PersonalDataKeys(database, secrets, Duration.ofHours(1));
        PersonalDataKeys rememberingNothing = new PersonalDataKeys(database, secrets, Duration.ZERO);
        ObjectMapper other = plainMapper().registerModule(new PersonalDataModule(rememberingLong));
        ObjectMapper third = plainMapper().registerModule(new PersonalDataModule(rememberingNothing));
        assertThat(other.readValue(stored, ContactNamed.class).name().erased()).isFalse();

        keys.erase(PERSON);

        assertThat(storage.readValue(stored, ContactNamed.class).name().erased()).as("the erasing instance").isTrue();
        assertThat(third.readValue(stored, ContactNamed.class).name().erased()).isTrue();
        assertThat(other.readValue(stored, ContactNamed.class).name().erased())
                .as("within its cache time an instance still knows the key it read").isFalse();
        assertThat(rememberingLong.isErased(PERSON)).as("the store says so at once").isTrue();
    }

    @Test
    void eventsWithoutPersonalDataSerializeExactlyAsWithoutTheModule() throws Exception {
        OrganisationRegisteredEvent event = new OrganisationRegisteredEvent(
                new OrganisationId("caritasverband"), "Caritasverband", "CV", OrganisationKind.NON_PROFIT_CARRIER,
                LocalDate.of(2014, 1, 15));

        assertThat(storage.writeValueAsString(event)).isEqualTo(plainMapper().writeValueAsString(event));
        assertThat(storage.readValue(plainMapper().writeValueAsString(event), OrganisationRegisteredEvent.class))
                .isEqualTo(event);
    }

    @Test
    void withoutTheModuleAPersonalFieldCannotBeWrittenAtAll() {
        assertThatThrownBy(() -> plainMapper().writeValueAsString(contact()))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class);
    }

    @Test
    void forDisplayAPersonalFieldIsMarkedSoItCanBeRedacted() throws Exception {
        ObjectMapper display = plainMapper().registerModule(new PersonalDataDisplay());
        assertThat(display.writeValueAsString(PersonalText.of(PERSON, "Maria Beispiel")))
                .isEqualTo("{\"personalData\":true,\"subject\":\"contact-0001\",\"erased\":false,"
                           + "\"value\":\"Maria Beispiel\"}");
        assertThat(display.writeValueAsString(PersonalText.erased(PERSON)))
                .isEqualTo("{\"personalData\":true,\"subject\":\"contact-0001\",\"erased\":true,\"value\":null}");
    }
}
