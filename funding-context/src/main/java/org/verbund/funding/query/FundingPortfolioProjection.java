package org.verbund.funding.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.readmodel.JsonDocuments;
import org.verbund.core.readmodel.LiveQueries;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.AmendmentProposedEvent;
import org.verbund.funding.api.AmendmentRefusedEvent;
import org.verbund.funding.api.AmendmentValues;
import org.verbund.funding.api.ApplicationStatus;
import org.verbund.funding.api.EarlyStartExemptionGrantedEvent;
import org.verbund.funding.api.ExtensionLinkedEvent;
import org.verbund.funding.api.FinancingPlanSetEvent;
import org.verbund.funding.api.FindFundingApplicationQuery;
import org.verbund.funding.api.FindFundingApplicationsQuery;
import org.verbund.funding.api.FindFundingPortfolioQuery;
import org.verbund.funding.api.FindFundingProgrammesQuery;
import org.verbund.funding.api.FundedProjectClosedEvent;
import org.verbund.funding.api.FundedProjectStartedEvent;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingApplicationExtendsEvent;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingApplicationRejectedEvent;
import org.verbund.funding.api.FundingApplicationSubmittedEvent;
import org.verbund.funding.api.FundingApplicationSummary;
import org.verbund.funding.api.FundingApplicationWithdrawnEvent;
import org.verbund.funding.api.FundingApprovalPromisedEvent;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingCallOpenedEvent;
import org.verbund.funding.api.FundingDeadlineDroppedEvent;
import org.verbund.funding.api.FundingDeadlineFellDueEvent;
import org.verbund.funding.api.FundingDeadlineMetEvent;
import org.verbund.funding.api.FundingDeadlineSetEvent;
import org.verbund.funding.api.FundingPortfolio;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;
import org.verbund.funding.api.FundingProgrammeSummary;
import org.verbund.funding.api.ImplementingPartner;
import org.verbund.funding.api.LeadAttribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The funding portfolio: one document per programme ({@code funding_programmes}) and per application
 * ({@code funding_applications}), each idempotent by sequence number; the portfolio is summed from the application
 * documents when asked, so its totals can never drift from them. Both collections hold one document per programme or
 * project of the network (dozens), which is what the storage rules allow to be scanned.
 */
@Component
@ProcessingGroup("funding-portfolio")
public class FundingPortfolioProjection {

    static final Set<ApplicationStatus> APPROVED = EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.RUNNING,
                                                              ApplicationStatus.CLOSED);
    static final Set<ApplicationStatus> APPLIED = EnumSet.of(ApplicationStatus.SUBMITTED,
                                                             ApplicationStatus.APPROVAL_PROMISED);

    private final MongoCollection<Document> programmes;
    private final MongoCollection<Document> applications;
    private final QueryUpdateEmitter updates;

    public FundingPortfolioProjection(MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.programmes = verbundDatabase.getCollection("funding_programmes");
        this.applications = verbundDatabase.getCollection("funding_applications");
        this.updates = updates;
    }

    @EventHandler
    void on(FundingProgrammeRegisteredEvent event) {
        programmes.replaceOne(Filters.eq("_id", event.programmeId().value()),
                              new Document("_id", event.programmeId().value()).append("name", event.name())
                                      .append("funderLevel", event.funderLevel().name()),
                              new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(FundingCallOpenedEvent event) {
        programmes.updateOne(Filters.eq("_id", event.programmeId().value()),
                             Updates.set("call", toBson(event.call())));
    }

    @EventHandler
    void on(FundingApplicationDraftedEvent event, @SequenceNumber long sequence) {
        if (applications.find(Filters.eq("_id", event.applicationId().value())).first() != null) {
            return;
        }
        applications.insertOne(new Document("_id", event.applicationId().value())
                .append("programmeId", event.programmeId().value())
                .append("title", event.title())
                .append("leadApplicant", event.leadApplicant().value())
                .append("partners", partnerIds(event.partners()))
                .append("from", event.period().from().toString())
                .append("to", event.period().to().toString())
                .append("positions", event.positions() == null ? null : event.positions().toString())
                .append("requested", event.requestedAmount().toString())
                .append("leadAttribution", event.leadAttribution() == null
                        ? LeadAttribution.NONE.name() : event.leadAttribution().name())
                .append("status", ApplicationStatus.DRAFT.name())
                .append("extensions", List.of())
                .append("amendments", List.of())
                .append("deadlines", List.of())
                .append("version", sequence));
        changed();
    }

    @EventHandler
    void on(FundingApplicationSubmittedEvent event, @SequenceNumber long sequence) {
        status(event.applicationId(), sequence, ApplicationStatus.SUBMITTED);
    }

    @EventHandler
    void on(FundingApprovalPromisedEvent event, @SequenceNumber long sequence) {
        status(event.applicationId(), sequence, ApplicationStatus.APPROVAL_PROMISED);
    }

    @EventHandler
    void on(FundingApplicationApprovedEvent event, @SequenceNumber long sequence) {
        status(event.applicationId(), sequence, ApplicationStatus.APPROVED,
               Updates.set("approved", event.approvedAmount().toString()));
    }

    @EventHandler
    void on(EarlyStartExemptionGrantedEvent event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, Updates.set("earlyStartGrantedOn", event.effectiveOn().toString()));
    }

    @EventHandler
    void on(FundedProjectStartedEvent event, @SequenceNumber long sequence) {
        status(event.applicationId(), sequence, ApplicationStatus.RUNNING);
    }

    @EventHandler
    void on(FundedProjectClosedEvent event, @SequenceNumber long sequence) {
        status(event.applicationId(), sequence, ApplicationStatus.CLOSED);
    }

    @EventHandler
    void on(FundingApplicationRejectedEvent event, @SequenceNumber long sequence) {
        status(event.applicationId(), sequence, ApplicationStatus.REJECTED);
    }

    @EventHandler
    void on(FundingApplicationWithdrawnEvent event, @SequenceNumber long sequence) {
        status(event.applicationId(), sequence, ApplicationStatus.WITHDRAWN);
    }

    @EventHandler
    void on(FundingApplicationExtendsEvent event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, Updates.set("predecessorId", event.predecessorId().value()));
    }

    @EventHandler
    void on(ExtensionLinkedEvent event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, Updates.push("extensions", event.extensionId().value()));
    }

    @EventHandler
    void on(FinancingPlanSetEvent event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, Updates.set("financingPlan", toBson(
                new FundingApplicationSummary.FinancingPlan(event.totalCost(), event.lines(), event.effectiveOn()))));
    }

    @EventHandler
    void on(AmendmentProposedEvent event, @SequenceNumber long sequence) {
        update(event.applicationId(), sequence, Updates.push("amendments", toBson(new FundingApplicationSummary.Amendment(
                event.amendmentId(), "PROPOSED", event.proposed(), event.effectiveOn(), null, null))));
    }

    @EventHandler
    void on(AmendmentApprovedEvent event, @SequenceNumber long sequence) {
        AmendmentValues approved = event.approved();
        List<Bson> changes = new ArrayList<>();
        if (approved.amount() != null) {
            changes.add(Updates.set("approved", approved.amount().toString()));
        }
        if (approved.period() != null) {
            changes.add(Updates.set("from", approved.period().from().toString()));
            changes.add(Updates.set("to", approved.period().to().toString()));
        }
        if (approved.partners() != null) {
            changes.add(Updates.set("partners", partnerIds(approved.partners())));
        }
        decideAmendment(event.applicationId(), sequence, event.amendmentId(), "APPROVED", approved,
                        event.effectiveOn(), changes);
    }

    @EventHandler
    void on(AmendmentRefusedEvent event, @SequenceNumber long sequence) {
        decideAmendment(event.applicationId(), sequence, event.amendmentId(), "REFUSED", null, event.effectiveOn(),
                        new ArrayList<>());
    }

    @EventHandler
    void on(FundingDeadlineSetEvent event, @SequenceNumber long sequence) {
        changeDeadlines(event.applicationId(), sequence, deadlines -> {
            deadlines.removeIf(deadline -> deadline.key().equals(event.key()));
            deadlines.add(new FundingApplicationSummary.Deadline(event.key(), event.kind(), event.dueOn(),
                                                                 event.responsible(), "OPEN", null));
        });
    }

    @EventHandler
    void on(FundingDeadlineFellDueEvent event, @SequenceNumber long sequence) {
        closeDeadline(event.applicationId(), sequence, event.key(), "OVERDUE", null);
    }

    @EventHandler
    void on(FundingDeadlineMetEvent event, @SequenceNumber long sequence) {
        closeDeadline(event.applicationId(), sequence, event.key(), "MET", event.effectiveOn());
    }

    @EventHandler
    void on(FundingDeadlineDroppedEvent event, @SequenceNumber long sequence) {
        closeDeadline(event.applicationId(), sequence, event.key(), "DROPPED", event.effectiveOn());
    }

    private void decideAmendment(FundingApplicationId id, long sequence, String amendmentId, String state,
                                 AmendmentValues approved, LocalDate decidedOn, List<Bson> changes) {
        Document application = applications.find(Filters.eq("_id", id.value())).first();
        if (application == null) {
            return;
        }
        List<FundingApplicationSummary.Amendment> amendments = amendmentsOf(application).stream()
                .map(amendment -> amendment.id().equals(amendmentId)
                        ? new FundingApplicationSummary.Amendment(amendment.id(), state, amendment.proposed(),
                                                                  amendment.proposedOn(), approved, decidedOn)
                        : amendment)
                .toList();
        changes.add(Updates.set("amendments", toBson(amendments)));
        update(id, sequence, changes.toArray(Bson[]::new));
    }

    private void closeDeadline(FundingApplicationId id, long sequence, String key, String state, LocalDate closedOn) {
        changeDeadlines(id, sequence, deadlines -> deadlines.replaceAll(deadline -> deadline.key().equals(key)
                ? new FundingApplicationSummary.Deadline(key, deadline.kind(), deadline.dueOn(),
                                                         deadline.responsible(), state, closedOn)
                : deadline));
    }

    private void changeDeadlines(FundingApplicationId id, long sequence,
                                 java.util.function.Consumer<List<FundingApplicationSummary.Deadline>> change) {
        Document application = applications.find(Filters.eq("_id", id.value())).first();
        if (application == null) {
            return;
        }
        List<FundingApplicationSummary.Deadline> deadlines = new ArrayList<>(deadlinesOf(application));
        change.accept(deadlines);
        update(id, sequence, Updates.set("deadlines", toBson(deadlines)));
    }

    @QueryHandler
    public List<FundingApplicationSummary> handle(FindFundingApplicationsQuery query) {
        List<FundingApplicationSummary> matching = new ArrayList<>();
        applications.find().forEach(document -> {
            FundingApplicationSummary application = summaryOf(document);
            if ((query.status() == null || application.status() == query.status())
                && (query.programmeId() == null || application.programmeId().equals(query.programmeId()))
                && (query.organisationId() == null || application.involves(query.organisationId()))) {
                matching.add(application);
            }
        });
        return matching;
    }

    @QueryHandler
    public FundingApplicationSummary handle(FindFundingApplicationQuery query) {
        Document application = applications.find(Filters.eq("_id", query.applicationId().value())).first();
        return application == null ? null : summaryOf(application);
    }

    private static FundingApplicationSummary summaryOf(Document application) {
        String approved = application.getString("approved");
        String positions = application.getString("positions");
        return new FundingApplicationSummary(
                new FundingApplicationId(application.getString("_id")),
                new FundingProgrammeId(application.getString("programmeId")), application.getString("title"),
                new OrganisationId(application.getString("leadApplicant")),
                application.getList("partners", String.class).stream().map(OrganisationId::new).toList(),
                ApplicationStatus.valueOf(application.getString("status")),
                Money.of(application.getString("requested")), approved == null ? null : Money.of(approved),
                new Period(LocalDate.parse(application.getString("from")), LocalDate.parse(application.getString("to"))),
                positions == null ? null : FteShare.of(positions),
                LeadAttribution.valueOf(application.getString("leadAttribution")),
                application.getString("earlyStartGrantedOn") == null
                        ? null : LocalDate.parse(application.getString("earlyStartGrantedOn")),
                application.getString("predecessorId") == null
                        ? null : new FundingApplicationId(application.getString("predecessorId")),
                application.getList("extensions", String.class, List.of()).stream().map(FundingApplicationId::new)
                           .toList(),
                application.get("financingPlan") == null ? null
                        : fromBson(application.get("financingPlan"), FundingApplicationSummary.FinancingPlan.class),
                amendmentsOf(application), deadlinesOf(application),
                application.get("version", Number.class).longValue());
    }

    @QueryHandler
    public List<FundingProgrammeSummary> handle(FindFundingProgrammesQuery query) {
        List<FundingProgrammeSummary> all = new ArrayList<>();
        programmes.find().forEach(programme -> all.add(new FundingProgrammeSummary(
                new FundingProgrammeId(programme.getString("_id")), programme.getString("name"),
                FunderLevel.valueOf(programme.getString("funderLevel")),
                programme.get("call") == null ? null : fromBson(programme.get("call"), FundingCall.class))));
        return all;
    }

    @ResetHandler
    void reset() {
        programmes.deleteMany(new Document());
        applications.deleteMany(new Document());
    }

    @QueryHandler
    public FundingPortfolio handle(FindFundingPortfolioQuery query) {
        Map<String, Document> programmesById = new HashMap<>();
        programmes.find().forEach(programme -> programmesById.put(programme.getString("_id"), programme));
        List<Document> all = applications.find().into(new ArrayList<>());

        Map<ApplicationStatus, FundingPortfolio.Sum> byStatus = new EnumMap<>(ApplicationStatus.class);
        for (Document application : all) {
            ApplicationStatus status = ApplicationStatus.valueOf(application.getString("status"));
            FundingPortfolio.Sum sum = byStatus.getOrDefault(status, new FundingPortfolio.Sum(0, Money.ZERO));
            byStatus.put(status, new FundingPortfolio.Sum(sum.count() + 1, sum.amount().plus(amountOf(application))));
        }
        Map<FunderLevel, FundingPortfolio.Totals> byFunderLevel = new EnumMap<>(FunderLevel.class);
        groupBy(all, application -> {
            Document programme = programmesById.get(application.getString("programmeId"));
            return programme == null ? FunderLevel.OTHER.name() : programme.getString("funderLevel");
        }).forEach((level, group) -> byFunderLevel.put(FunderLevel.valueOf(level), totals(group)));
        Map<LeadAttribution, FundingPortfolio.Totals> byLeadAttribution = new EnumMap<>(LeadAttribution.class);
        groupBy(all, application -> application.getString("leadAttribution"))
                .forEach((attribution, group) -> byLeadAttribution.put(LeadAttribution.valueOf(attribution),
                                                                        totals(group)));
        List<FundingPortfolio.Group> byProgramme = new ArrayList<>();
        groupBy(all, application -> application.getString("programmeId")).forEach((id, group) -> {
            Document programme = programmesById.get(id);
            byProgramme.add(new FundingPortfolio.Group(id, programme == null ? id : programme.getString("name"),
                                                       totals(group)));
        });
        List<FundingPortfolio.Group> byLeadApplicant = new ArrayList<>();
        groupBy(all, application -> application.getString("leadApplicant"))
                .forEach((id, group) -> byLeadApplicant.add(new FundingPortfolio.Group(id, id, totals(group))));
        return new FundingPortfolio(totals(all), byStatus, byFunderLevel, byProgramme, byLeadApplicant,
                                    byLeadAttribution);
    }

    private void status(FundingApplicationId id, long sequence, ApplicationStatus status, Bson... also) {
        List<Bson> changes = new ArrayList<>(List.of(also));
        changes.add(Updates.set("status", status.name()));
        update(id, sequence, changes.toArray(Bson[]::new));
    }

    /** Applies the changes of the event at {@code sequence}, unless the document has seen it already. */
    private void update(FundingApplicationId id, long sequence, Bson... changes) {
        Document application = applications.find(Filters.eq("_id", id.value())).first();
        if (application == null || application.get("version", Number.class).longValue() >= sequence) {
            return; // applied before
        }
        List<Bson> all = new ArrayList<>(List.of(changes));
        all.add(Updates.set("version", sequence));
        applications.updateOne(Filters.eq("_id", id.value()), Updates.combine(all));
        changed();
        updates.emit(FindFundingApplicationQuery.class, query -> query.applicationId().equals(id),
                     handle(new FindFundingApplicationQuery(id)));
    }

    private void changed() {
        if (LiveQueries.watched(updates, FindFundingPortfolioQuery.class)) {
            updates.emit(FindFundingPortfolioQuery.class, query -> true, handle(new FindFundingPortfolioQuery()));
        }
    }

    /** The amount an application counts with: approved amount once approved, requested amount before. */
    private static Money amountOf(Document application) {
        String approved = application.getString("approved");
        return Money.of(approved != null ? approved : application.getString("requested"));
    }

    private static FundingPortfolio.Totals totals(List<Document> group) {
        Money approved = Money.ZERO;
        Money applied = Money.ZERO;
        int approvedCount = 0;
        int appliedCount = 0;
        for (Document application : group) {
            ApplicationStatus status = ApplicationStatus.valueOf(application.getString("status"));
            if (APPROVED.contains(status)) {
                approved = approved.plus(amountOf(application));
                approvedCount++;
            } else if (APPLIED.contains(status)) {
                applied = applied.plus(amountOf(application));
                appliedCount++;
            }
        }
        return new FundingPortfolio.Totals(approved, applied, approved.plus(applied), approvedCount, appliedCount);
    }

    private static List<String> partnerIds(List<ImplementingPartner> partners) {
        return partners.stream().map(partner -> partner.organisationId().value()).toList();
    }

    private static List<FundingApplicationSummary.Amendment> amendmentsOf(Document application) {
        return List.of(fromBson(application.get("amendments", List.of()), FundingApplicationSummary.Amendment[].class));
    }

    private static List<FundingApplicationSummary.Deadline> deadlinesOf(Document application) {
        return List.of(fromBson(application.get("deadlines", List.of()), FundingApplicationSummary.Deadline[].class));
    }

    private static Object toBson(Object value) {
        return JsonDocuments.toBson(value);
    }

    private static <T> T fromBson(Object bson, Class<T> type) {
        return JsonDocuments.fromBson(bson, type);
    }

    private static Map<String, List<Document>> groupBy(List<Document> applications, Function<Document, String> key) {
        Map<String, List<Document>> groups = new LinkedHashMap<>();
        applications.forEach(application -> groups.computeIfAbsent(key.apply(application), k -> new ArrayList<>())
                                                  .add(application));
        return groups;
    }
}
