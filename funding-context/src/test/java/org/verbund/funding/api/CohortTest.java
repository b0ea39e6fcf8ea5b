package org.verbund.funding.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A cohort is a winter semester: read from the ways the report writes one, and from nothing that could be two. */
class CohortTest {

    @ParameterizedTest
    @ValueSource(strings = {"2015/16", "2015/2016", "2015-16", " 2015 / 16 ", "WS 2015/16", "WiSe 2015/16",
                            "Wintersemester 2015/2016", "wintersemester 2015/16", "WS. 2015/16"})
    void theReportsSpellingsOfOneSemesterAreOneCohort(String text) {
        assertThat(Cohort.parse(text)).contains(new Cohort(2015));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2015", "15/16", "2015/17", "2015/2017", "Sommersemester 2016", "SoSe 2016",
                            "2015/16 (2nd cohort)", "second cohort", "0999/00"})
    void aTextThatIsNotExactlyOneWinterSemesterIsNotRead(String text) {
        assertThat(Cohort.parse(text)).isEmpty();
    }

    @Test
    void nothingIsNotACohort() {
        assertThat(Cohort.parse(null)).isEmpty();
    }

    @Test
    void aCohortReadsAsTheReportsTablesNameItAndStartsInOctober() {
        assertThat(new Cohort(2014).label()).isEqualTo("2014/15");
        assertThat(new Cohort(2099).label()).isEqualTo("2099/00");
        assertThat(Cohort.parse("1999/00")).contains(new Cohort(1999));
        assertThat(new Cohort(2016).startsOn()).isEqualTo(LocalDate.of(2016, 10, 1));
    }

    @Test
    void aCohortStartsInAYearOfFourDigits() {
        assertThatThrownBy(() -> new Cohort(15)).isInstanceOf(IllegalArgumentException.class);
    }
}
