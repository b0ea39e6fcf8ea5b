package org.verbund.demo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's tables as the demo data files hold them. */
class ReportFilesTest {

    @Test
    void commentLinesAreNoRows() {
        assertThat(ReportFiles.rows(ReportFiles.PORTFOLIO)).noneSatisfy(row -> assertThat(row[0]).startsWith("#"));
    }

    @Test
    void theTablesHaveTheReportsNumberOfRowsAndOfColumns() {
        assertThat(ReportFiles.rows(ReportFiles.PORTFOLIO)).hasSize(28).allSatisfy(row -> assertThat(row).hasSize(11));
        assertThat(ReportFiles.rows(ReportFiles.ORGANISATIONS)).hasSize(27)
                                                              .allSatisfy(row -> assertThat(row).hasSize(2));
        assertThat(ReportFiles.rows(ReportFiles.PLACEMENTS)).hasSize(17).allSatisfy(row -> assertThat(row).hasSize(6));
    }

    @Test
    void everyOrganisationThePortfolioNamesIsRegistered() {
        List<String> registered = ReportFiles.rows(ReportFiles.ORGANISATIONS).stream().map(row -> row[0]).toList();

        assertThat(ReportPortfolio.projects()).allSatisfy(project -> {
            assertThat(registered).contains(project.applicant());
            assertThat(registered).containsAll(project.partners());
        });
    }

    @Test
    void aFileThatIsNotThereIsSaidByName() {
        assertThatThrownBy(() -> ReportFiles.rows("/demo/no-such-file.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/demo/no-such-file.tsv");
    }
}
