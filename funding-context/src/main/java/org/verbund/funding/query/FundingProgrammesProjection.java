package org.verbund.funding.query;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.verbund.core.readmodel.ReadModels;
import org.verbund.core.readmodel.SequencedDocuments;
import org.verbund.funding.api.FindFundingProgrammesQuery;
import org.verbund.funding.api.FundingCallOpenedEvent;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;
import org.verbund.funding.api.FundingProgrammeSummary;

import java.util.List;

/**
 * The funding programmes with their latest calls: one document per programme in
 * {@code funding_programme_summaries}, guarded by its sequence number, listed by scanning that collection of one
 * document per programme the network applies to (dozens).
 */
@Component
@ProcessingGroup("funding-programmes")
class FundingProgrammesProjection {

    private final SequencedDocuments<ProgrammeDocument> programmes;

    FundingProgrammesProjection(@ReadModels MongoDatabase verbundDatabase) {
        this.programmes = new SequencedDocuments<>(verbundDatabase.getCollection("funding_programme_summaries"),
                                                   ProgrammeDocument.class);
    }

    @EventHandler
    void on(FundingProgrammeRegisteredEvent event, @SequenceNumber long sequence) {
        programmes.replace(event.programmeId().value(), sequence, () -> new ProgrammeDocument(event));
    }

    @EventHandler
    void on(FundingCallOpenedEvent event, @SequenceNumber long sequence) {
        programmes.change(event.programmeId().value(), sequence, programme -> programme.call = event.call());
    }

    @ResetHandler
    void reset() {
        programmes.deleteAll();
    }

    @QueryHandler
    List<FundingProgrammeSummary> handle(FindFundingProgrammesQuery query) {
        return programmes.all().stream().map(ProgrammeDocument::toSummary).toList();
    }
}
