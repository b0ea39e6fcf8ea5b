package org.verbund.cooperation.api;

import org.verbund.core.kernel.PersonRef;
import org.verbund.core.kernel.PersonalText;
import org.verbund.core.readmodel.Versioned;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A contact person; name, e-mail and phone are personal data (erased ones read as erased). */
public final class ContactView implements Versioned {

    /** The aggregate's version this view shows (its {@code ETag}). */
    public long version;

    public PersonRef contact;
    public PartnershipId partnershipId;
    public String institution;
    public InstitutionLevel level;
    public ContactRole role;
    public List<String> topics = new ArrayList<>();
    public PersonalText name;
    public PersonalText email;
    public PersonalText phone;
    public VisitId establishedDuring;
    public LocalDate establishedOn;

    @Override
    public void stampVersion(long version) {
        this.version = version;
    }
}
