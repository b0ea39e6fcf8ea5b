package org.verbund.funding.query;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.readmodel.SequencedDocument;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the task lists know of an application, in {@code funding_task_applications} keyed by the application: its
 * title, and whose list each of its deadlines is (or was, while it was open) on.
 */
final class TaskApplication extends SequencedDocument {

    public String title;
    public Map<String, OrganisationId> responsibleByKey = new LinkedHashMap<>();

    /** For the mapper. */
    private TaskApplication() {
    }

    TaskApplication(String title) {
        this.title = title;
    }
}
