package org.verbund.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** How the titles of the report's portfolio table write the periods of their projects. */
class ReportPeriodsTest {

    /** From the first day of the first year or month the title names to the last day of the last one. */
    @ParameterizedTest(name = "{3}: \"{0}\" runs from {1} to {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Sprach- und Alphabetisierungskurse 2014-15          | 2014-01-01 | 2015-12-31 | a two-digit end
            Integrationshelfer/in 2016-2020                     | 2016-01-01 | 2020-12-31 | a four-digit end
            Kinder aus Südosteuropa 2016/2017                   | 2016-01-01 | 2017-12-31 | a slash between
            Projekt 2015 - 18                                   | 2015-01-01 | 2018-12-31 | spaces around the dash
            Familienbegleiterinnen 01-03/2017: Verlängerung     | 2017-01-01 | 2017-03-31 | months of one year
            Projekt 01-02/2016                                  | 2016-01-01 | 2016-02-29 | ending in a short month
            Zwei Arbeitsmarktlots/ innen 2015                   | 2015-01-01 | 2015-12-31 | one whole year
            Clearingstelle Gesundheit 2016-18: 2 Stellen        | 2016-01-01 | 2018-12-31 | positions after the years
            Einsatz 23 studentischer Integrationshelfer/innen 2014-15 | 2014-01-01 | 2015-12-31 | a number before
            """)
    void aTitleNamesThePeriodOfItsProject(String title, LocalDate from, LocalDate to, String form) {
        assertThat(ReportPeriods.periodOf(title)).isEqualTo(new Period(from, to));
    }

    @Test
    void aTitleThatNamesNoYearRunsOverTheAssumedTerm() {
        Period period = ReportPeriods.periodOf("JUSTIQ- Jugend Stärken im Quartier - Projekt BiBA");

        assertThat(period).isEqualTo(ReportPeriods.UNNAMED)
                          .isEqualTo(new Period(LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31)));
    }

    @Test
    void everyProjectOfTheTableHasAPeriodThatEndsAfterItStarts() {
        assertThat(ReportPortfolio.projects()).allSatisfy(project -> {
            Period period = ReportPeriods.periodOf(project.title());
            assertThat(period.to()).isAfter(period.from());
        });
    }
}
