package org.verbund.funding.query;

import org.verbund.core.readmodel.LiveQueries;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.funding.api.DeadlineKind;
import org.verbund.funding.api.FindFundingTasksQuery;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingDeadlineDroppedEvent;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.FundingTask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Task lists: one document per responsible organisation ({@code funding_tasks}, keyed by the organisation) holding
 * its open deadlines, and one document per deadline ({@code _id = application/key}) that remembers whose list it is
 * on. Every change sets a value, so handling an event twice leaves the same state. In the portfolio's processing
 * group, so the application's title is in {@code funding_applications} before its first deadline arrives.
 */
@Component
@ProcessingGroup("funding-portfolio")
public class FundingTasksProjection {

    private final MongoCollection<Document> tasks;
    private final MongoCollection<Document> applications;
    private final QueryUpdateEmitter updates;

    public FundingTasksProjection(MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.tasks = verbundDatabase.getCollection("funding_tasks");
        this.applications = verbundDatabase.getCollection("funding_applications");
        this.updates = updates;
    }

    @EventHandler
    void on(FundingDeadlineSetEvent event) {
        Document application = applications.find(Filters.eq("_id", event.applicationId().value())).first();
        String title = application == null ? event.applicationId().value() : application.getString("title");
        tasks.replaceOne(Filters.eq("_id", taskId(event.applicationId(), event.key())),
                         new Document("_id", taskId(event.applicationId(), event.key()))
                                 .append("organisation", event.responsible().value()),
                         new ReplaceOptions().upsert(true));
        change(event.responsible().value(), list -> {
            list.removeIf(task -> task.getString("taskId").equals(taskId(event.applicationId(), event.key())));
            list.add(new Document("taskId", taskId(event.applicationId(), event.key()))
                             .append("applicationId", event.applicationId().value())
                             .append("title", title).append("key", event.key())
                             .append("kind", event.kind().name()).append("dueOn", event.dueOn().toString())
                             .append("overdue", false));
            return list;
        });
    }

    @EventHandler
    void on(FundingDeadlineFellDueEvent event) {
        change(event.responsible().value(), list -> {
            list.stream().filter(task -> task.getString("taskId").equals(taskId(event.applicationId(), event.key())))
                .forEach(task -> task.put("overdue", true));
            return list;
        });
    }

    @EventHandler
    void on(FundingDeadlineMetEvent event) {
        remove(event.applicationId(), event.key());
    }

    @EventHandler
    void on(FundingDeadlineDroppedEvent event) {
        remove(event.applicationId(), event.key());
    }

    @QueryHandler
    public List<FundingTask> handle(FindFundingTasksQuery query) {
        Document list = tasks.find(Filters.eq("_id", listId(query.organisationId().value()))).first();
        if (list == null) {
            return List.of();
        }
        return list.getList("tasks", Document.class).stream()
                   .map(task -> new FundingTask(new FundingApplicationId(task.getString("applicationId")),
                                                task.getString("title"), task.getString("key"),
                                                DeadlineKind.valueOf(task.getString("kind")),
                                                LocalDate.parse(task.getString("dueOn")), task.getBoolean("overdue")))
                   .sorted(Comparator.comparing((FundingTask task) -> !task.overdue())
                                     .thenComparing(FundingTask::dueOn))
                   .toList();
    }

    @ResetHandler
    void reset() {
        tasks.deleteMany(new Document());
    }

    private void remove(FundingApplicationId applicationId, String key) {
        Document task = tasks.find(Filters.eq("_id", taskId(applicationId, key))).first();
        if (task != null) {
            change(task.getString("organisation"), list -> {
                list.removeIf(entry -> entry.getString("taskId").equals(taskId(applicationId, key)));
                return list;
            });
        }
    }

    private void change(String organisation, UnaryOperator<List<Document>> change) {
        Document list = tasks.find(Filters.eq("_id", listId(organisation))).first();
        List<Document> entries = new ArrayList<>(list == null ? List.of() : list.getList("tasks", Document.class));
        tasks.replaceOne(Filters.eq("_id", listId(organisation)),
                         new Document("_id", listId(organisation)).append("tasks", change.apply(entries)),
                         new ReplaceOptions().upsert(true));
        if (LiveQueries.watched(updates, FindFundingTasksQuery.class)) {
            updates.emit(FindFundingTasksQuery.class, asked -> asked.organisationId().value().equals(organisation),
                         handle(new FindFundingTasksQuery(new OrganisationId(organisation))));
        }
    }

    private static String taskId(FundingApplicationId applicationId, String key) {
        return "task:" + applicationId.value() + "/" + key;
    }

    private static String listId(String organisation) {
        return "list:" + organisation;
    }
}
