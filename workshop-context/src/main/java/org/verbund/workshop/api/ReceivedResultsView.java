package org.verbund.workshop.api;

import org.verbund.core.kernel.OrganisationId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a coordination body received from working groups, and from where. */
public final class ReceivedResultsView {

    public OrganisationId body;
    public List<Transfer> received = new ArrayList<>();

    public static final class Transfer {
        public String transferId;
        public WorkingGroupId fromGroup;
        public String fromGroupName;
        public WorkshopSeriesId seriesId;
        public MeetingId meetingId;
        public String summary;
        public List<String> decisionIds;
        public LocalDate receivedOn;
    }
}
