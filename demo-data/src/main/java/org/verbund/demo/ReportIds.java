package org.verbund.demo;

import org.verbund.core.kernel.OrganisationId;
import org.verbund.funding.api.FundingApplicationId;
import org.verbund.funding.api.FundingProgrammeId;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The ids of what the report names, derived from its text: the same report gives the same ids at every load, which is
 * what lets a second load find everything already there.
 */
final class ReportIds {

    private ReportIds() {
    }

    /**
     * Lower-case ASCII words joined by dashes: "GrünBau" is {@code grunbau}, and "NRW- Aktionsprogramm" and
     * "NRW-Aktionsprogramm" are both {@code nrw-aktionsprogramm}.
     */
    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                         .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static OrganisationId organisation(String name) {
        return new OrganisationId(slug(name));
    }

    static FundingProgrammeId programme(String name) {
        return new FundingProgrammeId(slug(name));
    }

    /** The project on the given 1-based line of the report's portfolio table: {@code report-2017-04} for line 4. */
    static FundingApplicationId application(int line) {
        return new FundingApplicationId(String.format(Locale.ROOT, "report-2017-%02d", line));
    }
}
