package org.verbund.funding.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingDeadlineDroppedEvent;
import org.verbund.funding.api.FundingDeadlineDue;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.MeetFundingDeadlineCommand;
import org.verbund.funding.api.SetReportingDatesCommand;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.verbund.funding.api.FundingRule.DEADLINE_ALREADY_MET;
import static org.verbund.funding.api.FundingRule.DEADLINE_UNKNOWN;

/**
 * The deadlines of a {@link FundingApplication}, its member: the call's submission deadline and the statements of
 * use of an approved project, each scheduled with the deadline manager. A met deadline is neither met again nor
 * moved; only an open deadline is met; a trigger counts only if its deadline is still open at the date it was
 * scheduled for (a moved deadline's old trigger is cancelled, and ignored should it fire all the same).
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class FundingDeadlines {

    /** Prefix of a funding deadline's name; the rest is its schedule id, so it can be cancelled on its own. */
    static final String DEADLINE = "funding-deadline:";
    /** Deadlines fall due at the end of their day in the network's time zone. */
    static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Berlin");
    static final String SUBMISSION = "submission";
    static final String FINAL_STATEMENT = "final-statement";
    static final String INTERIM_STATEMENT = "interim-statement-";

    /** A deadline that is neither met nor dropped. */
    record OpenDeadline(DeadlineKind kind, LocalDate dueOn, String scheduleId, boolean overdue) {
    }

    // package-private for the snapshots of FundingApplication taken before deadlines were its member
    Map<String, OpenDeadline> open = new LinkedHashMap<>();
    Set<String> met = new HashSet<>();

    static void schedule(DeadlineManager deadlines, FundingApplicationId applicationId, OrganisationId responsible,
                         String key, DeadlineKind kind, LocalDate dueOn, LocalDate effectiveOn) {
        // names the trigger of this deadline at this date, so that a trigger of a moved deadline is recognised
        String scheduleId = key + "@" + dueOn;
        deadlines.schedule(dueOn.plusDays(1).atStartOfDay(NETWORK_ZONE).toInstant(), DEADLINE + scheduleId,
                           new FundingDeadlineDue(key, scheduleId));
        apply(new FundingDeadlineSetEvent(applicationId, key, kind, dueOn, responsible, scheduleId, effectiveOn));
    }

    /** Submitting the application meets its submission deadline, if it has one. */
    void submitted(DeadlineManager deadlines, FundingApplicationId applicationId, LocalDate effectiveOn) {
        if (open.containsKey(SUBMISSION)) {
            met(deadlines, applicationId, SUBMISSION, effectiveOn);
        }
    }

    /** An application that ended before its decision owes nothing any more. */
    void dropAll(DeadlineManager deadlines, FundingApplicationId applicationId, LocalDate effectiveOn) {
        new ArrayList<>(open.keySet()).forEach(key -> drop(deadlines, applicationId, key, effectiveOn));
    }

    /** Sets the statements of use: new dates scheduled, moved ones scheduled anew, those no longer given dropped. */
    void setReportingDates(SetReportingDatesCommand command, DeadlineManager deadlines,
                           FundingApplicationId applicationId, OrganisationId responsible) {
        Map<String, LocalDate> wanted = new LinkedHashMap<>();
        List<LocalDate> interim = command.interimStatements() == null ? List.of() : command.interimStatements();
        for (int number = 0; number < interim.size(); number++) {
            wanted.put(INTERIM_STATEMENT + (number + 1), interim.get(number));
        }
        if (command.finalStatement() != null) {
            wanted.put(FINAL_STATEMENT, command.finalStatement());
        }
        wanted.keySet().forEach(this::requireNotMet);
        for (String key : new ArrayList<>(open.keySet())) {
            if (!key.equals(SUBMISSION) && !wanted.containsKey(key)) {
                drop(deadlines, applicationId, key, command.effectiveOn());
            }
        }
        wanted.forEach((key, dueOn) -> {
            OpenDeadline current = open.get(key);
            if (current == null || !current.dueOn().equals(dueOn)) {
                if (current != null) {
                    cancelTrigger(deadlines, key);
                }
                DeadlineKind kind = key.equals(FINAL_STATEMENT) ? DeadlineKind.FINAL_STATEMENT
                                                                : DeadlineKind.INTERIM_STATEMENT;
                schedule(deadlines, applicationId, responsible, key, kind, dueOn, command.effectiveOn());
            }
        });
    }

    void meet(MeetFundingDeadlineCommand command, DeadlineManager deadlines, FundingApplicationId applicationId) {
        requireNotMet(command.key());
        if (!open.containsKey(command.key())) {
            throw DEADLINE_UNKNOWN.violation("The application has no open deadline " + command.key());
        }
        met(deadlines, applicationId, command.key(), command.effectiveOn());
    }

    /** The deadline manager says a deadline is due; it counts only if it is still the one scheduled then. */
    void fallDue(FundingDeadlineDue due, FundingApplicationId applicationId, OrganisationId responsible) {
        OpenDeadline deadline = open.get(due.key());
        if (deadline == null || deadline.overdue() || !deadline.scheduleId().equals(due.scheduleId())) {
            return; // met, dropped or moved since it was scheduled
        }
        apply(new FundingDeadlineFellDueEvent(applicationId, due.key(), deadline.kind(), deadline.dueOn(),
                                              responsible, deadline.dueOn().plusDays(1)));
    }

    private void requireNotMet(String key) {
        if (met.contains(key)) {
            throw DEADLINE_ALREADY_MET.violation("The deadline " + key + " was met");
        }
    }

    private void met(DeadlineManager deadlines, FundingApplicationId applicationId, String key, LocalDate on) {
        cancelTrigger(deadlines, key);
        apply(new FundingDeadlineMetEvent(applicationId, key, on));
    }

    private void drop(DeadlineManager deadlines, FundingApplicationId applicationId, String key, LocalDate on) {
        cancelTrigger(deadlines, key);
        apply(new FundingDeadlineDroppedEvent(applicationId, key, on));
    }

    private void cancelTrigger(DeadlineManager deadlines, String key) {
        deadlines.cancelAllWithinScope(DEADLINE + open.get(key).scheduleId());
    }

    @EventSourcingHandler
    void on(FundingDeadlineSetEvent event) {
        open.put(event.key(), new OpenDeadline(event.kind(), event.dueOn(), event.scheduleId(), false));
    }

    @EventSourcingHandler
    void on(FundingDeadlineFellDueEvent event) {
        open.computeIfPresent(event.key(), (key, deadline) -> new OpenDeadline(
                deadline.kind(), deadline.dueOn(), deadline.scheduleId(), true));
    }

    @EventSourcingHandler
    void on(FundingDeadlineMetEvent event) {
        open.remove(event.key());
        met.add(event.key());
    }

    @EventSourcingHandler
    void on(FundingDeadlineDroppedEvent event) {
        open.remove(event.key());
    }
}
