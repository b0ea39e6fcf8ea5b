package org.verbund.demo;

import org.junit.jupiter.api.Test;
import org.verbund.core.kernel.FteShare;
import org.verbund.core.kernel.Money;
import org.verbund.funding.api.FunderLevel;
import org.verbund.funding.api.LeadAttribution;
import org.verbund.demo.ReportPortfolio.Project;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines of the report's portfolio table (section 6.2.1.1) read into projects. */
class ReportPortfolioTest {

    private final List<Project> projects = ReportPortfolio.projects();

    @Test
    void aLineGivesProgrammeApplicantPartnersAmountPositionsAndAttribution() {
        Project willkommenEuropa = projects.get(4 - 1);

        assertThat(willkommenEuropa.programme()).isEqualTo("Land/ESF");
        assertThat(willkommenEuropa.level()).isEqualTo(FunderLevel.STATE);
        assertThat(willkommenEuropa.applicant()).isEqualTo("Sozialdezernat");
        assertThat(willkommenEuropa.partners()).containsExactly("AWO", "Caritasverband", "DW", "dobeq", "GrünBau");
        assertThat(willkommenEuropa.amount()).isEqualTo(Money.of("1072535.06"));
        assertThat(willkommenEuropa.positions()).isEqualTo(FteShare.of("14"));
        assertThat(willkommenEuropa.attribution()).isEqualTo(LeadAttribution.LEAD);
        assertThat(willkommenEuropa.predecessor()).isZero();
        assertThat(willkommenEuropa.promised()).isFalse();
        assertThat(willkommenEuropa.earlyStart()).isFalse();
    }

    @Test
    void dashesAreEmptyCellsNoPartnersNoPositionsAndNoPredecessor() {
        Project project = Project.of(new String[] {"Bund/Bundes ESF", "FEDERAL", "Projekt BiBA", "Jugendamt",
                                                   "74962.72", "APPROVED", "no", "-", "-", "COOPERATION", "-"});

        assertThat(project.partners()).isEmpty();
        assertThat(project.positions()).isNull();
        assertThat(project.predecessor()).isZero();
    }

    @Test
    void partnersAreSeparatedBySemicolons() {
        assertThat(projects.get(1 - 1).partners())
                .containsExactly("Trägerverbund Willkommen Europa", "Stadt Duisburg", "IKU");
    }

    @Test
    void fractionalPositionsAreKeptExactly() {
        assertThat(projects.get(28 - 1).positions()).isEqualTo(FteShare.of("2.5"));
    }

    @Test
    void theFourExtensionsNameTheLinesTheyContinue() {
        assertThat(projects).extracting(Project::predecessor).filteredOn(line -> line > 0)
                            .containsExactly(10, 6, 4, 19);
    }

    @Test
    void twoProjectsArePromisedAndTwoHadAnEarlyStart() {
        assertThat(projects).filteredOn(Project::promised).extracting(Project::programme)
                            .containsExactly("Land/Stärke Quartiere - starke Menschen", "Land/NRW- Aktionsprogramm");
        assertThat(projects).filteredOn(Project::earlyStart).hasSize(2);
    }

    @Test
    void theAmountsAddUpToTheReportsExactTotal() {
        Money all = projects.stream().map(Project::amount).reduce(Money.ZERO, Money::plus);
        Money approved = projects.stream().filter(project -> !project.promised()).map(Project::amount)
                                 .reduce(Money.ZERO, Money::plus);

        // the report prints 12,574,515.91; the exact sum of its two totals is 12,574,515.90
        assertThat(all).isEqualTo(Money.of("12574515.90"));
        assertThat(approved).isEqualTo(Money.of("9483567.68"));
    }

    @Test
    void theTeamsLeadAndMajorParticipationAreTheReportsSums() {
        assertThat(sumOf(LeadAttribution.LEAD)).isEqualTo(Money.of("6113882.86"));
        assertThat(sumOf(LeadAttribution.MAJOR_PARTICIPATION)).isEqualTo(Money.of("2169532.87"));
        assertThat(sumOf(LeadAttribution.COOPERATION)).isEqualTo(Money.of("4291100.17"));
    }

    @Test
    void theSixteenProgrammesAreTheDistinctIdsOfTheirNames() {
        assertThat(projects.stream().map(project -> ReportIds.programme(project.programme())).distinct())
                .hasSize(16);
    }

    private Money sumOf(LeadAttribution attribution) {
        return projects.stream().filter(project -> project.attribution() == attribution).map(Project::amount)
                       .reduce(Money.ZERO, Money::plus);
    }
}
