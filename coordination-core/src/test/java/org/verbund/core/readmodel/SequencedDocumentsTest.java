package org.verbund.core.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.verbund.core.eventstore.EmbeddedMongoServer;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.privacy.PersonalDataKeys;
import org.verbund.core.privacy.PersonalDataModule;
import org.verbund.core.readmodel.SequencedDocument.Seen;
import org.verbund.core.secrets.MasterKey;
import org.verbund.core.secrets.SealedSecrets;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one idempotency guard on the embedded store: every event changes a document once, per aggregate. */
class SequencedDocumentsTest {

    private static final String GROUP = "ak-fluechtlinge";
    private static final Seen MEETING_EVENT = new Seen("workshop-1", 4);

    private final EmbeddedMongoServer server = EmbeddedMongoServer.inMemory();
    private final MongoClient client = server.newClient();
    private final MongoCollection<Document> collection = client.getDatabase("guard-test").getCollection("groups");
    private final SequencedDocuments<Group> groups = new SequencedDocuments<>(collection, Group.class);

    /** A document as a projection keeps one: its own fields, the guard's from the base class. */
    static final class Group extends SequencedDocument {
        public String name;
        public List<String> notes = new ArrayList<>();
        public PersonalText chair;
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.close();
    }

    @Test
    void replaceStoresTheDocumentAsItsAggregatesEventHasItWithItsVersion() {
        assertThat(groups.replace(GROUP, 0, () -> named("AK"))).isPresent();

        assertThat(groups.find(GROUP)).get().satisfies(group -> {
            assertThat(group.name).isEqualTo("AK");
            assertThat(group.version).isZero();
        });
    }

    @Test
    void replaceDeliveredAgainLeavesTheStoredDocument() {
        groups.replace(GROUP, 0, () -> named("AK"));
        groups.change(GROUP, 1, group -> group.name = "AK Flucht");

        assertThat(groups.replace(GROUP, 0, () -> named("AK"))).isEmpty();
        assertThat(groups.find(GROUP).orElseThrow().name).isEqualTo("AK Flucht");
    }

    @Test
    void replaceByALaterRecordReplacesTheDocument() {
        groups.replace(GROUP, 0, () -> named("AK"));

        assertThat(groups.replace(GROUP, 3, () -> named("AK neu"))).isPresent();
        assertThat(groups.find(GROUP).orElseThrow()).satisfies(group -> {
            assertThat(group.name).isEqualTo("AK neu");
            assertThat(group.version).isEqualTo(3);
        });
    }

    @Test
    void changeByItsOwnAggregatesEventMovesTheVersion() {
        groups.replace(GROUP, 0, () -> named("AK"));

        assertThat(groups.change(GROUP, 1, group -> group.notes.add("renamed"))).isPresent();
        assertThat(groups.find(GROUP).orElseThrow().version).isEqualTo(1);
    }

    @Test
    void anEventAppliedTwiceLeavesTheSameDocument() {
        groups.replace(GROUP, 0, () -> named("AK"));
        groups.change(GROUP, 1, group -> group.notes.add("first"));
        Document once = collection.find().first();

        assertThat(groups.change(GROUP, 1, group -> group.notes.add("first"))).isEmpty();
        assertThat(groups.change(GROUP, 0, group -> group.notes.add("older"))).isEmpty();
        assertThat(collection.find().first()).isEqualTo(once);
    }

    @Test
    void changeOfAMissingDocumentStoresNothing() {
        assertThat(groups.change(GROUP, 1, group -> group.notes.add("lost"))).isEmpty();
        assertThat(groups.find(GROUP)).isEmpty();
    }

    @Test
    void seeNotesTheEventAndChangesNothingElse() {
        groups.replace(GROUP, 0, () -> named("AK"));

        assertThat(groups.see(GROUP, 1)).isPresent();
        assertThat(groups.see(GROUP, 1)).isEmpty();
        assertThat(groups.find(GROUP).orElseThrow().version).isEqualTo(1);
    }

    @Test
    void anotherAggregatesEventIsGuardedSeparatelyAndLeavesTheVersion() {
        groups.replace(GROUP, 2, () -> named("AK"));

        // sequence 1 is older than the group's version, but it is the meeting's sequence, not the group's
        assertThat(groups.changeBy(GROUP, new Seen("workshop-1", 1), group -> group.notes.add("met"))).isPresent();
        assertThat(groups.changeBy(GROUP, new Seen("workshop-1", 1), group -> group.notes.add("met"))).isEmpty();
        assertThat(groups.changeBy(GROUP, new Seen("workshop-2", 0), group -> group.notes.add("met again")))
                .isPresent();

        Group group = groups.find(GROUP).orElseThrow();
        assertThat(group.notes).containsExactly("met", "met again");
        assertThat(group.version).as("the group's own version, its ETag").isEqualTo(2);
        assertThat(group.applied).containsExactly(new Seen("workshop-1", 1), new Seen("workshop-2", 0));
    }

    @Test
    void changeBySeesLaterEventsOfTheSameAggregate() {
        groups.replace(GROUP, 0, () -> named("AK"));
        groups.changeBy(GROUP, MEETING_EVENT, group -> group.notes.add("held"));

        groups.changeBy(GROUP, new Seen("workshop-1", 5), group -> group.notes.add("minutes"));

        assertThat(groups.find(GROUP).orElseThrow().applied).containsExactly(new Seen("workshop-1", 5));
    }

    @Test
    void changeOrStartByStartsTheDocumentOnce() {
        assertThat(groups.changeOrStartBy(GROUP, MEETING_EVENT, () -> named("started"), g -> g.notes.add("held")))
                .isPresent();
        assertThat(groups.changeOrStartBy(GROUP, MEETING_EVENT, () -> named("started"), g -> g.notes.add("held")))
                .isEmpty();

        Group group = groups.find(GROUP).orElseThrow();
        assertThat(group.notes).containsExactly("held");
        assertThat(group.version).as("no event of its own yet").isEqualTo(-1);
    }

    @Test
    void changeFollowingChangesAnExistingDocumentWithoutAGuard() {
        groups.replace(GROUP, 0, () -> named("AK"));

        assertThat(groups.changeFollowing(GROUP, group -> group.name = "AK (listed)")).isPresent();
        assertThat(groups.changeFollowing("unknown", group -> group.name = "nobody")).isEmpty();
        assertThat(groups.find(GROUP).orElseThrow().name).isEqualTo("AK (listed)");
        assertThat(groups.find("unknown")).isEmpty();
    }

    @Test
    void allListsEveryDocumentAndDeleteAllEmptiesTheCollection() {
        groups.replace(GROUP, 0, () -> named("AK"));
        groups.replace("ak-bildung", 0, () -> named("AK Bildung"));

        assertThat(groups.all()).extracting(group -> group.name).containsExactlyInAnyOrder("AK", "AK Bildung");
        assertThat(groups.allById()).containsOnlyKeys(GROUP, "ak-bildung");
        groups.deleteAll();
        assertThat(groups.all()).isEmpty();
    }

    @Test
    void aDocumentWithoutOtherAggregatesIsStoredWithoutAnAppliedList() {
        groups.replace(GROUP, 0, () -> named("AK"));

        assertThat(collection.find().first()).containsKey("version").doesNotContainKey("applied");
    }

    @Test
    void readsADocumentStoredWithAVersionOnly() {
        collection.insertOne(Document.parse("{\"_id\": \"" + GROUP + "\", \"name\": \"AK\", \"version\": 3}"));

        assertThat(groups.change(GROUP, 3, group -> group.name = "again")).isEmpty();
        assertThat(groups.change(GROUP, 4, group -> group.name = "AK Flucht")).isPresent();
        assertThat(groups.find(GROUP).orElseThrow().version).isEqualTo(4);
    }

    @Test
    void readsADocumentThatNotedItsOwnAggregateInTheAppliedList() {
        // as the workshop read models stored them: the own aggregate noted in "applied" too, unknown fields beside
        collection.insertOne(Document.parse("""
                {"_id": "ak-fluechtlinge", "name": "AK", "version": 2, "upcomingMeetings": [],
                 "applied": [{"aggregateId": "ak-fluechtlinge", "sequence": 2},
                             {"aggregateId": "workshop-1", "sequence": 4}]}"""));

        assertThat(groups.change(GROUP, 2, group -> group.name = "again")).isEmpty();
        assertThat(groups.changeBy(GROUP, MEETING_EVENT, group -> group.notes.add("again"))).isEmpty();
        assertThat(groups.change(GROUP, 3, group -> group.name = "AK Flucht")).isPresent();

        Group group = groups.find(GROUP).orElseThrow();
        assertThat(group.version).isEqualTo(3);
        assertThat(group.applied).as("the version took over").containsExactly(MEETING_EVENT);
    }

    @Test
    void readsADocumentStoredBeforeVersionsWereKept() {
        collection.insertOne(Document.parse("{\"_id\": \"" + GROUP + "\", \"name\": \"AK\"}"));

        assertThat(groups.find(GROUP).orElseThrow().version).isEqualTo(-1);
        assertThat(groups.replace(GROUP, 0, () -> named("AK"))).isPresent();
    }

    @Test
    void personalDataIsStoredEncryptedAndReadBack() {
        MongoDatabase database = client.getDatabase("guard-test");
        PersonalDataKeys keys = new PersonalDataKeys(database, SealedSecrets.under(database, MasterKey.generate()));
        SequencedDocuments<Group> secret = new SequencedDocuments<>(collection, Group.class,
                                                                    new PersonalDataModule(keys));
        PersonRef chair = PersonRef.of("p-1");
        secret.replace(GROUP, 0, () -> {
            Group group = named("AK");
            group.chair = PersonalText.of(chair, "Anna Beispiel");
            return group;
        });

        assertThat(collection.find().first().toJson()).doesNotContain("Anna Beispiel");
        assertThat(secret.find(GROUP).orElseThrow().chair.value()).contains("Anna Beispiel");
    }

    private static Group named(String name) {
        Group group = new Group();
        group.name = name;
        return group;
    }
}
