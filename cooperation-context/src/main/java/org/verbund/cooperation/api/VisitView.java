package org.verbund.cooperation.api;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.readmodel.Versioned;
import org.verbund.funding.api.FundingApplicationId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A visit: its dates, places, organisations and people, the talks held, its results and what paid for it. */
public final class VisitView implements Versioned {

    /** The aggregate's version this view shows (its {@code ETag}). */
    public long version;

    public VisitId id;
    public PartnershipId partnershipId;
    public VisitKind kind;
    public Period period;
    public List<String> places = new ArrayList<>();
    public List<OrganisationId> organisations = new ArrayList<>();
    public VisitStatus status;
    public LocalDate heldOn;
    public FundingApplicationId fundedBy;
    public List<Talk> talks = new ArrayList<>();
    public List<Result> results = new ArrayList<>();
    public List<Participant> people = new ArrayList<>();

    public static final class Talk {
        public String id;
        public String institution;
        public InstitutionLevel level;
        public String topic;
    }

    public static final class Result {
        public String id;
        public String text;
    }

    /** A person who took part; {@code name} is personal data. */
    public static final class Participant {
        public PersonRef person;
        public PersonalText name;
        public OrganisationId onBehalfOf;
    }

    @Override
    public void stampVersion(long version) {
        this.version = version;
    }
}
