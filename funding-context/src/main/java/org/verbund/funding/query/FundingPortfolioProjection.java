package org.verbund.funding.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.verbund.core.readmodel.LiveQueries;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.funding.api.AmendmentApprovedEvent;
import org.verbund.funding.api.ApplicationStatusChange;
import org.verbund.funding.api.FindFundingPortfolioQuery;
import org.verbund.funding.api.FundingApplicationApprovedEvent;
import org.verbund.funding.api.FundingApplicationDraftedEvent;
import org.verbund.funding.api.FundingPortfolio;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The funding portfolio: one entry per application ({@code funding_applications}) and one per programme
 * ({@code funding_programmes}), each guarded by its aggregate's sequence number; the portfolio is summed from the
 * entries when asked, so its totals can never drift from them. Both collections hold one document per project or
 * programme of the network (dozens), which is what the storage rules allow to be scanned. Their names and its
 * processing group are those of before the application details and the programme list had read models of their own,
 * so that the documents stored then are counted on without a rebuild.
 */
@Component
@ProcessingGroup("funding-portfolio")
class FundingPortfolioProjection {

    private final SequencedDocuments<PortfolioEntry> entries;
    private final SequencedDocuments<PortfolioProgramme> programmes;
    private final QueryUpdateEmitter updates;

    FundingPortfolioProjection(@ReadModels MongoDatabase verbundDatabase, QueryUpdateEmitter updates) {
        this.entries = new SequencedDocuments<>(verbundDatabase.getCollection("funding_applications"),
                                                PortfolioEntry.class);
        this.programmes = new SequencedDocuments<>(verbundDatabase.getCollection("funding_programmes"),
                                                   PortfolioProgramme.class);
        this.updates = updates;
    }

    @EventHandler
    void on(FundingProgrammeRegisteredEvent event, @SequenceNumber long sequence) {
        programmes.replace(event.programmeId().value(), sequence, () -> new PortfolioProgramme(event));
    }

    @EventHandler
    void on(FundingApplicationDraftedEvent event, @SequenceNumber long sequence) {
        changed(entries.replace(event.applicationId().value(), sequence, () -> new PortfolioEntry(event)));
    }

    @EventHandler
    void on(ApplicationStatusChange event, @SequenceNumber long sequence) {
        changed(entries.change(event.applicationId().value(), sequence, entry -> entry.status = event.status()));
    }

    @EventHandler
    void on(FundingApplicationApprovedEvent event, @SequenceNumber long sequence) {
        changed(entries.change(event.applicationId().value(), sequence, entry -> {
            entry.status = event.status();
            entry.approved = event.approvedAmount();
        }));
    }

    @EventHandler
    void on(AmendmentApprovedEvent event, @SequenceNumber long sequence) {
        if (event.approved().amount() != null) {
            changed(entries.change(event.applicationId().value(), sequence,
                                   entry -> entry.approved = event.approved().amount()));
        }
    }

    @ResetHandler
    void reset() {
        entries.deleteAll();
        programmes.deleteAll();
    }

    @QueryHandler
    FundingPortfolio handle(FindFundingPortfolioQuery query) {
        List<PortfolioEntry> all = entries.all();
        Map<FundingProgrammeId, PortfolioProgramme> programmesById = new HashMap<>();
        all.stream().map(entry -> entry.programmeId).distinct().forEach(
                id -> programmes.find(id.value()).ifPresent(programme -> programmesById.put(id, programme)));
        return PortfolioSums.of(all, programmesById);
    }

    private void changed(Optional<PortfolioEntry> entry) {
        if (entry.isPresent() && LiveQueries.watched(updates, FindFundingPortfolioQuery.class)) {
            updates.emit(FindFundingPortfolioQuery.class, query -> true, handle(new FindFundingPortfolioQuery()));
        }
    }
}
