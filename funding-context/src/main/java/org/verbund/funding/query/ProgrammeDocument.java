package org.verbund.funding.query;

import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingCall;
import org.verbund.funding.api.FundingProgrammeId;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;
import org.verbund.funding.api.FundingProgrammeSummary;

/** A programme and its latest call, in {@code funding_programme_summaries} keyed by the programme. */
final class ProgrammeDocument extends SequencedDocument {

    public FundingProgrammeId id;
    public String name;
    public FunderLevel funderLevel;
    /** Null until a call is opened. */
    public FundingCall call;

    /** For the mapper. */
    private ProgrammeDocument() {
    }

    ProgrammeDocument(FundingProgrammeRegisteredEvent registered) {
        id = registered.programmeId();
        name = registered.name();
        funderLevel = registered.funderLevel();
    }

    FundingProgrammeSummary toSummary() {
        return new FundingProgrammeSummary(id, name, funderLevel, call);
    }
}
