package org.verbund.funding.query;

import org.verbund.funding.api.FundingTask;

import java.util.ArrayList;
import java.util.List;

/**
 * An organisation's open deadlines, in {@code funding_task_lists} keyed by the organisation. It gathers deadlines
 * of many applications, so it is guarded by each application's {@link TaskApplication}, not by a version of its own.
 */
final class TaskList {

    public List<FundingTask> tasks = new ArrayList<>();
}
