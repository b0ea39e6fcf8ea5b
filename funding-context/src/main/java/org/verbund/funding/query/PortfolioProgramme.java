package org.verbund.funding.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.FundingProgrammeRegisteredEvent;

/**
 * A programme as the portfolio groups by it, in {@code funding_programmes} keyed by the programme. Documents stored
 * before the programme list had a read model of their own hold its call too: it is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
final class PortfolioProgramme extends SequencedDocument {

    public String name;
    public FunderLevel funderLevel;

    /** For the mapper. */
    private PortfolioProgramme() {
    }

    PortfolioProgramme(FundingProgrammeRegisteredEvent registered) {
        name = registered.name();
        funderLevel = registered.funderLevel();
    }
}
