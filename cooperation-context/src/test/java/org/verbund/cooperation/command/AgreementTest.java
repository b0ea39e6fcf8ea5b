package org.verbund.cooperation.command;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.verbund.cooperation.api.AgreementDraftedEvent;
import org.verbund.cooperation.api.AgreementId;
import org.verbund.cooperation.api.AgreementNegotiationStartedEvent;
import org.verbund.cooperation.api.AgreementSignedEvent;
import org.verbund.cooperation.api.AgreementTerminatedEvent;
import org.verbund.cooperation.api.DraftAgreementCommand;
import org.verbund.cooperation.api.NegotiateAgreementCommand;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.SignAgreementCommand;
import org.verbund.cooperation.api.TerminateAgreementCommand;
import org.verbund.core.kernel.Period;

import java.time.LocalDate;
import java.util.List;

import static org.verbund.cooperation.command.CooperationFixture.ISB;
import static org.verbund.cooperation.command.CooperationFixture.ON;
import static org.verbund.cooperation.command.CooperationFixture.PLOVDIV;
import static org.verbund.cooperation.command.CooperationFixture.fixtureOf;
import static org.verbund.cooperation.command.CooperationFixture.refused;

/** The rules of an agreement: drafted, negotiated, signed once with signatories and a validity, terminated. */
class AgreementTest {

    private final FixtureConfiguration<Agreement> fixture = fixtureOf(Agreement.class);
    private final AgreementId agreement = new AgreementId("agreement-1");
    private final AgreementDraftedEvent drafted = new AgreementDraftedEvent(agreement, PLOVDIV,
                                                                            "Kooperationsvereinbarung", ON);
    private final Period validity = new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31));
    private final AgreementSignedEvent signed = new AgreementSignedEvent(agreement, PLOVDIV, List.of(ISB), validity,
                                                                         ON);

    @Test
    void anAgreementIsDrafted() {
        fixture.givenNoPriorActivity().when(new DraftAgreementCommand(agreement, PLOVDIV, "Kooperationsvereinbarung",
                                                                      ON)).expectEvents(drafted);
    }

    @Test
    void aDraftIsNegotiated() {
        fixture.given(drafted).when(new NegotiateAgreementCommand(agreement, PLOVDIV, ON))
               .expectEvents(new AgreementNegotiationStartedEvent(agreement, PLOVDIV, ON));
    }

    @Test
    void aNegotiatedAgreementIsSigned() {
        fixture.given(drafted, new AgreementNegotiationStartedEvent(agreement, PLOVDIV, ON))
               .when(new SignAgreementCommand(agreement, PLOVDIV, List.of(ISB), validity, ON)).expectEvents(signed);
    }

    @Test
    void aSignedAgreementIsTerminated() {
        fixture.given(drafted, signed).when(new TerminateAgreementCommand(agreement, PLOVDIV, ON))
               .expectEvents(new AgreementTerminatedEvent(agreement, PLOVDIV, ON));
    }

    @Test
    void signingNeedsSignatories() {
        refused(fixture.given(drafted).when(new SignAgreementCommand(agreement, PLOVDIV, List.of(), validity, ON)),
                "agreement.signatories-and-validity-required");
    }

    @Test
    void signingNeedsAValidity() {
        refused(fixture.given(drafted).when(new SignAgreementCommand(agreement, PLOVDIV, List.of(ISB), null, ON)),
                "agreement.signatories-and-validity-required");
    }

    @Test
    void anAgreementIsSignedOnce() {
        refused(fixture.given(drafted, signed).when(new SignAgreementCommand(agreement, PLOVDIV, List.of(ISB),
                                                                             validity, ON)),
                "agreement.transition-not-allowed");
    }

    @Test
    void onlyASignedAgreementIsTerminated() {
        refused(fixture.given(drafted).when(new TerminateAgreementCommand(agreement, PLOVDIV, ON)),
                "agreement.transition-not-allowed");
    }

    @Test
    void anAgreementOfAnUnknownPartnershipIsRefused() {
        refused(fixture.givenNoPriorActivity().when(new DraftAgreementCommand(agreement, new PartnershipId("nowhere"),
                                                                              "x", ON)),
                "agreement.unknown-partnership");
    }
}
