package org.verbund.cooperation.command;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.verbund.cooperation.api.FundingApplicationRef;
import org.verbund.cooperation.api.PartnershipEstablishedEvent;
import org.verbund.cooperation.api.PartnershipId;
import org.verbund.cooperation.api.VisitId;
import org.verbund.core.kernel.OrganisationId;
import org.verbund.core.kernel.Period;
import org.verbund.core.kernel.RuleViolation;
import org.verbund.core.testing.Actors;
import org.verbund.core.testing.Registries;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Dortmund-Plovdiv partnership of the report as test data, and the fixtures of the cooperation aggregates. */
final class CooperationFixture {

    static final PartnershipId PLOVDIV = new PartnershipId("dortmund-plovdiv");
    static final OrganisationId ISB = new OrganisationId("isb");
    static final FundingApplicationRef ROMACT = new FundingApplicationRef("report-2017-23");
    static final VisitId MARCH_VISIT = new VisitId("working-visit-2017-03");
    static final LocalDate ON = LocalDate.of(2017, 3, 20);
    static final Period MARCH_2017 = new Period(LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 24));
    static final PartnershipEstablishedEvent ESTABLISHED = new PartnershipEstablishedEvent(
            PLOVDIV, "Plovdiv", "Bulgarien", List.of(ISB), LocalDate.of(2015, 2, 1));

    /**
     * The other aggregates' answers: the Plovdiv partnership is open with the ISB taking part and has the March 2017
     * visit; the ROMACT application exists.
     */
    static final CooperationDirectory DIRECTORY = new CooperationDirectory() {
        @Override
        public Optional<Partners> partnership(PartnershipId partnershipId) {
            return partnershipId.equals(PLOVDIV) ? Optional.of(new Partners(Set.of(ISB), true)) : Optional.empty();
        }

        @Override
        public Optional<PartnershipId> partnershipOfVisit(VisitId visitId) {
            return visitId.equals(MARCH_VISIT) ? Optional.of(PLOVDIV) : Optional.empty();
        }

        @Override
        public boolean isFundingApplication(FundingApplicationRef applicationId) {
            return applicationId.equals(ROMACT);
        }
    };

    private CooperationFixture() {
    }

    /** A fixture of {@code type} that knows the directory and the registry; commands come from a coordinator. */
    static <T> FixtureConfiguration<T> fixtureOf(Class<T> type) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerInjectableResource(DIRECTORY);
        fixture.registerInjectableResource(Registries.withCarriers(ISB.value(), "dez5", "awo"));
        fixture.registerCommandDispatchInterceptor(Actors.byDefault(Actors.coordinator()));
        return fixture;
    }

    /** Expects the command refused with the rule {@code code}, and nothing recorded. */
    static <T> void refused(ResultValidator<T> result, String code) {
        result.expectException(RuleViolation.class).expectException(new TypeSafeMatcher<Throwable>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("rule ").appendValue(code);
            }
        }).expectNoEvents();
    }
}
