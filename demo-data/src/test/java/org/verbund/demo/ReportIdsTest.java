package org.verbund.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids derived from the names in the report: stable, plain ASCII, one for each way the report spells a name. */
class ReportIdsTest {

    @Test
    void aNameBecomesLowerCaseWordsJoinedByDashes() {
        assertThat(ReportIds.slug("Koordinierungsgruppe Neuzuwanderung"))
                .isEqualTo("koordinierungsgruppe-neuzuwanderung");
    }

    @Test
    void accentsAndUmlautsLoseTheirMarks() {
        assertThat(ReportIds.slug("GrünBau")).isEqualTo("grunbau");
        assertThat(ReportIds.slug("städtische Fachbereiche")).isEqualTo("stadtische-fachbereiche");
        assertThat(ReportIds.slug("Agentur für Arbeit")).isEqualTo("agentur-fur-arbeit");
    }

    @Test
    void theTwoSpellingsOfAProgrammeGiveOneId() {
        assertThat(ReportIds.programme("Land/NRW- Aktionsprogramm"))
                .isEqualTo(ReportIds.programme("Land/NRW-Aktionsprogramm"));
        assertThat(ReportIds.programme("Land/NRW-Aktionsprogramm").value()).isEqualTo("land-nrw-aktionsprogramm");
    }

    @Test
    void punctuationAtTheEndsLeavesNoDash() {
        assertThat(ReportIds.slug("\"MIA-DO-KI\" ")).isEqualTo("mia-do-ki");
    }

    @Test
    void anOrganisationIsKnownByTheSlugOfItsName() {
        assertThat(ReportIds.organisation("Trägerverbund Willkommen Europa").value())
                .isEqualTo("tragerverbund-willkommen-europa");
    }

    @Test
    void aProjectIsKnownByItsTwoDigitLineInTheTable() {
        assertThat(ReportIds.application(4).value()).isEqualTo("report-2017-04");
        assertThat(ReportIds.application(27).value()).isEqualTo("report-2017-27");
    }
}
