package org.verbund.cooperation.query;

import org.verbund.cooperation.api.Milestone;

import java.util.ArrayList;
import java.util.List;

/** The milestone feed, as stored in {@code cooperation_milestones} (one document). */
final class MilestoneFeed {

    public List<Milestone> milestones = new ArrayList<>();
}
