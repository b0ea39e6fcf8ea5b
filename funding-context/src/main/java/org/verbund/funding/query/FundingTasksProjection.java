package org.verbund.funding.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.JsonDocuments;
import org.verbund.core.readmodel.LiveQueries;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.funding.api.FindFundingTasksQuery;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingDeadlineDroppedEvent;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.FundingTask;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Task lists: one document per responsible organisation ({@code funding_task_lists}) holding its open deadlines,
 * and one per application ({@code funding_task_applications}) with its title and whose list each of its deadlines
 * is on. An event changes a list only if the application's document had not seen it, so an event handled twice
 * leaves the same lists.
 */
@Component
@ProcessingGroup("funding-tasks")
class FundingTasksProjection {

    private final JsonDocuments<TaskList> lists;
    private final SequencedDocuments<TaskApplication> applications;
    private final QueryUpdateEmitter updates;

    FundingTasksProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.lists = new JsonDocuments<>(verbundDatabase.getCollection("funding_task_lists"), TaskList.class);
        this.applications = new SequencedDocuments<>(verbundDatabase.getCollection("funding_task_applications"),
                                                     TaskApplication.class);
        this.updates = updates;
    }

    @EventHandler
    void on(FundingApplicationDraftedEvent event, @SequenceNumber long sequence) {
        applications.replace(event.applicationId().value(), sequence, () -> new TaskApplication(event.title()));
    }

    @EventHandler
    void on(FundingDeadlineSetEvent event, @SequenceNumber long sequence) {
        applications.change(event.applicationId().value(), sequence,
                            application -> application.responsibleByKey.put(event.key(), event.responsible()))
                    .ifPresent(application -> change(event.responsible(), tasks -> {
                        tasks.removeIf(same(event.applicationId(), event.key()));
                        tasks.add(new FundingTask(event.applicationId(), application.title, event.key(),
                                                  event.kind(), event.dueOn(), false));
                    }));
    }

    @EventHandler
    void on(FundingDeadlineFellDueEvent event, @SequenceNumber long sequence) {
        applications.see(event.applicationId().value(), sequence)
                    .ifPresent(application -> change(event.responsible(), tasks -> tasks.replaceAll(
                            task -> same(event.applicationId(), event.key()).test(task)
                                    ? new FundingTask(task.applicationId(), task.applicationTitle(), task.key(),
                                                      task.kind(), task.dueOn(), true)
                                    : task)));
    }

    @EventHandler
    void on(FundingDeadlineMetEvent event, @SequenceNumber long sequence) {
        remove(event.applicationId(), event.key(), sequence);
    }

    @EventHandler
    void on(FundingDeadlineDroppedEvent event, @SequenceNumber long sequence) {
        remove(event.applicationId(), event.key(), sequence);
    }

    @ResetHandler
    void reset() {
        lists.deleteAll();
        applications.deleteAll();
    }

    @QueryHandler
    List<FundingTask> handle(FindFundingTasksQuery query) {
        return lists.find(query.organisationId().value()).map(list -> list.tasks).orElse(List.of()).stream()
                    .sorted(Comparator.comparing((FundingTask task) -> !task.overdue())
                                      .thenComparing(FundingTask::dueOn))
                    .toList();
    }

    private void remove(FundingApplicationId applicationId, String key, long sequence) {
        applications.see(applicationId.value(), sequence)
                    .map(application -> application.responsibleByKey.get(key))
                    .ifPresent(responsible -> change(responsible, tasks -> tasks.removeIf(same(applicationId, key))));
    }

    private void change(OrganisationId organisation, Consumer<List<FundingTask>> change) {
        lists.update(organisation.value(), TaskList::new, list -> change.accept(list.tasks));
        if (LiveQueries.watched(updates, FindFundingTasksQuery.class)) {
            updates.emit(FindFundingTasksQuery.class, asked -> asked.organisationId().equals(organisation),
                         handle(new FindFundingTasksQuery(organisation)));
        }
    }

    private static Predicate<FundingTask> same(FundingApplicationId applicationId, String key) {
        return task -> task.applicationId().equals(applicationId) && task.key().equals(key);
    }
}
