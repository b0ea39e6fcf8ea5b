package org.verbund.cooperation.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.ChangePartnershipStatusCommand;
import org.verbund.cooperation.api.EstablishPartnershipCommand;
import org.verbund.cooperation.api.PartnershipStatus;
import org.verbund.cooperation.api.PartnershipStatusChangedEvent;
import org.verbund.cooperation.api.ProposeGoalCommand;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.cooperation.command.CooperationFixture.ESTABLISHED;
import static org.verbund.cooperation.command.CooperationFixture.ISB;
import static org.verbund.cooperation.command.CooperationFixture.ON;
import static org.verbund.cooperation.command.CooperationFixture.PLOVDIV;
import static org.verbund.cooperation.command.CooperationFixture.fixtureOf;
import static org.verbund.cooperation.command.CooperationFixture.refused;

/** The rules of a partnership: who takes part, and where its status may go. */
class PartnershipTest {

    private final FixtureConfiguration<Partnership> fixture = fixtureOf(Partnership.class);
    private final PartnershipStatusChangedEvent ended = new PartnershipStatusChangedEvent(
            PLOVDIV, PartnershipStatus.ENDED, ON);

    @Test
    void aPartnershipStartsExploringWithTheOrganisationsTakingPart() {
        fixture.givenNoPriorActivity()
               .when(new EstablishPartnershipCommand(PLOVDIV, "Plovdiv", "Bulgarien", List.of(ISB, ISB),
                                                     LocalDate.of(2015, 2, 1)))
               .expectEvents(ESTABLISHED);
    }

    @Test
    void aPartnershipHasOrganisationsTakingPart() {
        refused(fixture.givenNoPriorActivity().when(new EstablishPartnershipCommand(
                PLOVDIV, "Plovdiv", "Bulgarien", List.of(), ON)), "partnership.participants-required");
    }

    @Test
    void aPartnershipNamesItsCityAndCountry() {
        refused(fixture.givenNoPriorActivity().when(new EstablishPartnershipCommand(
                PLOVDIV, " ", "Bulgarien", List.of(ISB), ON)), "partnership.city-and-country-required");
    }

    @Test
    void anExploringPartnershipBecomesActive() {
        fixture.given(ESTABLISHED).when(new ChangePartnershipStatusCommand(PLOVDIV, PartnershipStatus.ACTIVE, ON))
               .expectEvents(new PartnershipStatusChangedEvent(PLOVDIV, PartnershipStatus.ACTIVE, ON));
    }

    @Test
    void anExploringPartnershipIsNotSuspended() {
        refused(fixture.given(ESTABLISHED)
                       .when(new ChangePartnershipStatusCommand(PLOVDIV, PartnershipStatus.SUSPENDED, ON)),
                "partnership.status-not-allowed");
    }

    @Test
    void anEndedPartnershipChangesItsStatusNoMore() {
        refused(fixture.given(ESTABLISHED, ended)
                       .when(new ChangePartnershipStatusCommand(PLOVDIV, PartnershipStatus.ACTIVE, ON)),
                "partnership.status-not-allowed");
    }

    @Test
    void anEndedPartnershipTakesNoNewGoals() {
        refused(fixture.given(ESTABLISHED, ended).when(new ProposeGoalCommand(PLOVDIV, "g1", "Austausch", ON)),
                "partnership.ended");
    }
}
