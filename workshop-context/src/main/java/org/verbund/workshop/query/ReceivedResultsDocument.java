package org.verbund.workshop.query;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.SequencedDocument;
import org.verbund.workshop.api.ReceivedResultsView;

import java.util.ArrayList;
import java.util.List;

/** What one body received, as stored in {@code received_results} (keyed by the body). */
final class ReceivedResultsDocument extends SequencedDocument {

    public OrganisationId body;
    public List<ReceivedResultsView.Transfer> received = new ArrayList<>();

    ReceivedResultsView view() {
        return new ReceivedResultsView(body, List.copyOf(received));
    }
}
