package org.verbund.core.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.verbund.core.audit.api.AggregateState;
import org.verbund.core.audit.api.AuditRule;
import org.verbund.core.audit.api.HistoryEntry;
import org.verbund.core.audit.api.PointInTime;
import org.verbund.core.eventstore.Caller;
import org.verbund.core.eventstore.EventMetadata;
import org.verbund.core.kernel.Role;
import org.verbund.core.kernel.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Point-in-time states on the embedded store, rebuilt by the Axon configuration of a Spring Boot application: as
 * recorded at an instant, as in effect on a day, and both together, each with the events that made it; a member
 * entity's state comes along; nothing is stored by asking.
 * <p>
 * The grant's history, recorded at days 1 to 5 of March 2026 with effective dates out of recording order (the
 * approval was recorded before the condition that took effect earlier was entered late):
 * <pre>
 * seq  recorded  effective   event
 *  0   03-01     2016-01-10  opened
 *  1   03-02     2016-02-01  condition "report" added
 *  2   03-03     2016-06-01  status APPROVED
 *  3   03-04     2016-03-01  condition "audit" added (entered late)
 *  4   03-05     2016-07-01  condition "report" met
 * </pre>
 */
@SpringBootTest(classes = PointInTimeStatesTest.GrantApplication.class, properties = {
        "verbund.store.embedded-backend=memory",
        "verbund.event-store.snapshot-thresholds.Grant=2",
})
class PointInTimeStatesTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({Grant.class, PointInTimeStates.class})
    static class GrantApplication {
    }

    private static final Map<String, Object> AUDITED = new Caller("person-1", "dez5", Role.COORDINATOR,
                                                                   "as decided", null, null).metaData();

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    PointInTimeStates states;

    @Test
    void asRecordedAtAsInEffectOnAndBothTogetherEachWithTheEventsThatMadeIt() {
        String grant = recordedGrant();

        AggregateState known = states.stateOf(grant, new PointInTime(recorded(3), null));
        assertThat(known.state()).containsEntry("status", "APPROVED");
        assertThat(conditions(known)).containsOnlyKeys("report");
        assertThat(sequences(known.events())).containsExactly(0L, 1L, 2L);
        assertThat(known.notYetEffective()).isEmpty();

        AggregateState inEffect = states.stateOf(grant, new PointInTime(null, LocalDate.of(2016, 4, 1)));
        assertThat(inEffect.state()).as("the approval was not yet in effect").containsEntry("status", "OPEN");
        assertThat(conditions(inEffect)).as("the late entry was").containsOnlyKeys("report", "audit");
        assertThat(sequences(inEffect.events())).containsExactly(0L, 1L, 3L);
        assertThat(sequences(inEffect.notYetEffective())).containsExactly(2L, 4L);
        assertThat(inEffect.lastSequence()).isEqualTo(3);
        assertThat(inEffect.currentVersion()).isEqualTo(4);

        AggregateState knownThenOfThatDay = states.stateOf(grant, new PointInTime(recorded(3), LocalDate.of(2016, 4, 1)));
        assertThat(knownThenOfThatDay.state()).containsEntry("status", "OPEN");
        assertThat(conditions(knownThenOfThatDay)).as("the late entry was not known yet").containsOnlyKeys("report");
        assertThat(sequences(knownThenOfThatDay.events())).containsExactly(0L, 1L);
        assertThat(sequences(knownThenOfThatDay.notYetEffective())).containsExactly(2L);
        assertThat(knownThenOfThatDay.recordedAt()).isEqualTo(recorded(3));
        assertThat(knownThenOfThatDay.effectiveOn()).isEqualTo(LocalDate.of(2016, 4, 1));

        AggregateState now = states.stateOf(grant, PointInTime.now());
        assertThat(now.aggregateType()).isEqualTo("Grant");
        assertThat(now.state()).containsEntry("grantId", grant).containsEntry("status", "APPROVED");
        assertThat(conditions(now).get("report")).as("the member applied its own event")
                                                 .containsEntry("met", true).containsEntry("text", "report");
        assertThat(conditions(now).get("audit")).containsEntry("met", false);
        assertThat(sequences(now.events())).containsExactly(0L, 1L, 2L, 3L, 4L);
        HistoryEntry approval = now.events().get(2);
        assertThat(approval.type()).isEqualTo("GrantStatusChangedEvent");
        assertThat(approval.recordedAt()).isEqualTo(recorded(3));
        assertThat(approval.effectiveOn()).isEqualTo(LocalDate.of(2016, 6, 1));
        assertThat(approval.payload()).containsEntry("status", "APPROVED");
        assertThat(approval.metadata()).containsEntry(EventMetadata.ACTOR_ID, "person-1")
                                       .containsEntry(EventMetadata.REASON, "as decided");
    }

    @Test
    void anInstantIsInclusiveAndBeforeItsCreationAnAggregateDidNotExist() {
        String grant = recordedGrant();

        assertThat(sequences(states.stateOf(grant, new PointInTime(recorded(1), null)).events())).containsExactly(0L);
        assertThat(sequences(states.stateOf(grant, new PointInTime(null, LocalDate.of(2016, 1, 10))).events()))
                .containsExactly(0L);
        assertThatThrownBy(() -> states.stateOf(grant, new PointInTime(recorded(1).minusNanos(1000), null)))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(AuditRule.DID_NOT_EXIST_THEN.code());
                    assertThat(refusal.kind()).isEqualTo(RuleViolation.Kind.NOT_FOUND);
                    assertThat(refusal.getMessage()).contains("2016-01-10");
                });
        assertThatThrownBy(() -> states.stateOf(grant, new PointInTime(null, LocalDate.of(2016, 1, 9))))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code())
                        .isEqualTo(AuditRule.DID_NOT_EXIST_THEN.code()));
        assertThatThrownBy(() -> states.stateOf("no-such-" + grant, PointInTime.now()))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code())
                        .isEqualTo(RuleViolation.NOT_FOUND_CODE));
    }

    @Test
    void askingStoresNothingAndTakesNoSnapshot() {
        String grant = recordedGrant();
        long stored = storage.readEvents(null, false).count();

        for (int i = 0; i < 5; i++) {
            states.stateOf(grant, PointInTime.now());
            states.stateOf(grant, new PointInTime(recorded(4), LocalDate.of(2016, 3, 1)));
        }

        assertThat(storage.readEvents(null, false).count()).isEqualTo(stored);
        assertThat(storage.readSnapshot(grant)).as("5 events and a threshold of 2: a load would have snapshotted")
                                               .isEmpty();
    }

    @Test
    void eventsThatCannotBeAppliedWithoutOneNotYetInEffectAreAConflictNamingTheEvent() {
        String grant = recordedGrant();
        append(grant, 5, new Grant.ConditionWithdrawnEvent(grant, "audit", LocalDate.of(2016, 2, 15)), 6);

        assertThat(conditions(states.stateOf(grant, PointInTime.now()))).containsOnlyKeys("report");
        assertThatThrownBy(() -> states.stateOf(grant, new PointInTime(null, LocalDate.of(2016, 2, 20))))
                .as("the withdrawal is in effect, the addition it withdraws is not")
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(AuditRule.STATE_NOT_REBUILDABLE.code());
                    assertThat(refusal.getMessage()).contains("event 5 (ConditionWithdrawnEvent)");
                });
    }

    /** The grant of the table above, under a new id. */
    private String recordedGrant() {
        String grant = "grant-" + UUID.randomUUID();
        append(grant, 0, new Grant.GrantOpenedEvent(grant, LocalDate.of(2016, 1, 10)), 1);
        append(grant, 1, new Grant.ConditionAddedEvent(grant, "report", "report", LocalDate.of(2016, 2, 1)), 2);
        append(grant, 2, new Grant.GrantStatusChangedEvent(grant, "APPROVED", LocalDate.of(2016, 6, 1)), 3);
        append(grant, 3, new Grant.ConditionAddedEvent(grant, "audit", "audit", LocalDate.of(2016, 3, 1)), 4);
        append(grant, 4, new Grant.ConditionMetEvent(grant, "report", LocalDate.of(2016, 7, 1)), 5);
        return grant;
    }

    private void append(String grant, long sequence, Object payload, int recordedOnDay) {
        eventStore.publish(new GenericDomainEventMessage<>("Grant", grant, sequence, payload, AUDITED,
                                                           UUID.randomUUID().toString(), recorded(recordedOnDay)));
    }

    private static Instant recorded(int day) {
        return Instant.parse("2026-03-0" + day + "T09:00:00Z");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> conditions(AggregateState state) {
        return (Map<String, Map<String, Object>>) state.state().get("conditions");
    }

    private static List<Long> sequences(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::sequence).toList();
    }
}
