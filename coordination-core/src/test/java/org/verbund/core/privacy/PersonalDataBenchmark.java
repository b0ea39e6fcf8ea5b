package org.verbund.core.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.secrets.MasterKey;
import org.verbund.core.secrets.SealedSecrets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What crypto-shredding costs: writing and reading an event with three personal fields (encrypted, one key lookup
 * per field on the embedded server) against the same event with three plain strings, in alternating rounds of one
 * run. {@code ./mvnw -B -Pbenchmark verify -pl coordination-core -am -Dtest=PersonalDataBenchmark}
 */
@Tag("benchmark")
class PersonalDataBenchmark {

    private static final int EVENTS = 2_000;
    private static final int ROUNDS = 7;

    record PersonalContact(String id, PersonalText name, PersonalText email, PersonalText phone, LocalDate on) {
    }

    record PlainContact(String id, String name, String email, String phone, LocalDate on) {
    }

    @Test
    void encryptedPersonalFieldsAgainstPlainOnes() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
             MongoClient client = server.newClient()) {
            MongoDatabase database = client.getDatabase("personal-data-benchmark");
            PersonalDataKeys keys = new PersonalDataKeys(database, SealedSecrets.under(database, MasterKey.generate()));
            ObjectMapper plain = new ObjectMapper().registerModule(new JavaTimeModule())
                                                   .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            ObjectMapper storage = plain.copy().registerModule(new PersonalDataModule(keys));
            List<PersonalContact> personal = new ArrayList<>();
            List<PlainContact> plainContacts = new ArrayList<>();
            for (int number = 0; number < EVENTS; number++) {
                PersonRef person = PersonRef.of("person-" + number);
                personal.add(new PersonalContact("c" + number, PersonalText.of(person, "Name " + number),
                                                 PersonalText.of(person, number + "@example.org"),
                                                 PersonalText.of(person, "+49 231 " + number), LocalDate.now()));
                plainContacts.add(new PlainContact("c" + number, "Name " + number, number + "@example.org",
                                                   "+49 231 " + number, LocalDate.now()));
            }
            double[] encrypted = new double[ROUNDS];
            double[] clear = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                encrypted[round] = roundTripsPerSecond(storage, personal, PersonalContact.class);
                clear[round] = roundTripsPerSecond(plain, plainContacts, PlainContact.class);
            }
            double encryptedMedian = median(encrypted);
            double clearMedian = median(clear);
            System.out.printf("personal data: %,.0f round trips/s encrypted, %,.0f/s plain, ratio %.3f%n",
                              encryptedMedian, clearMedian, encryptedMedian / clearMedian);

            keys.erase(PersonRef.of("person-0"));
            String stored = storage.writeValueAsString(personal.get(1));
            assertThat(storage.readValue(stored, PersonalContact.class)).isEqualTo(personal.get(1));
            assertThat(encryptedMedian).isPositive();
            assertThat(clearMedian).isGreaterThan(encryptedMedian);
        }
    }

    private static <T> double roundTripsPerSecond(ObjectMapper mapper, List<T> events, Class<T> type)
            throws Exception {
        long started = System.nanoTime();
        for (T event : events) {
            T read = mapper.readValue(mapper.writeValueAsString(event), type);
            if (!read.equals(event)) {
                throw new AssertionError("round trip changed " + event);
            }
        }
        return events.size() / ((System.nanoTime() - started) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
