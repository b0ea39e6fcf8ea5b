package org.verbund.cooperation.api;

import org.verbund.core.kernel.RuleCode;
import org.verbund.core.kernel.RuleViolation;

import static org.verbund.core.kernel.RuleViolation.Kind.CONFLICT;
import static org.verbund.core.kernel.RuleViolation.Kind.FORBIDDEN;
import static org.verbund.core.kernel.RuleViolation.Kind.UNPROCESSABLE;

/**
 * Every rule code the cooperation context refuses with (besides {@link RuleViolation#notFound()}). The codes are part
 * of the API: clients rely on them, so they never change.
 */
public enum CooperationRule implements RuleCode {

    PARTNERSHIP_COORDINATORS_ONLY("partnership.coordinators-only", FORBIDDEN),
    PARTNERSHIP_PARTICIPANTS_ONLY("partnership.participants-only", FORBIDDEN),
    PARTNERSHIP_CITY_AND_COUNTRY_REQUIRED("partnership.city-and-country-required", UNPROCESSABLE),
    PARTNERSHIP_PARTICIPANTS_REQUIRED("partnership.participants-required", UNPROCESSABLE),
    PARTNERSHIP_UNKNOWN_ORGANISATION("partnership.unknown-organisation", UNPROCESSABLE),
    PARTNERSHIP_STATUS_NOT_ALLOWED("partnership.status-not-allowed", CONFLICT),
    PARTNERSHIP_ENDED("partnership.ended", CONFLICT),

    GOAL_TEXT_REQUIRED("goal.text-required", UNPROCESSABLE),
    GOAL_ID_TAKEN("goal.id-taken", UNPROCESSABLE),
    GOAL_UNKNOWN("goal.unknown", UNPROCESSABLE),
    GOAL_STATE_NOT_ALLOWED("goal.state-not-allowed", CONFLICT),

    VISIT_UNKNOWN_PARTNERSHIP("visit.unknown-partnership", UNPROCESSABLE),
    VISIT_KIND_AND_PERIOD_REQUIRED("visit.kind-and-period-required", UNPROCESSABLE),
    VISIT_UNKNOWN_FUNDING_APPLICATION("visit.unknown-funding-application", UNPROCESSABLE),
    VISIT_UNKNOWN_ORGANISATION("visit.unknown-organisation", UNPROCESSABLE),
    VISIT_FUNDING_REQUIRED("visit.funding-required", UNPROCESSABLE),
    VISIT_NOT_PLANNED("visit.not-planned", CONFLICT),
    VISIT_NOT_HELD("visit.not-held", CONFLICT),
    VISIT_CANCELLED("visit.cancelled", CONFLICT),
    VISIT_TALK_INSTITUTION_REQUIRED("visit.talk-institution-required", UNPROCESSABLE),
    VISIT_RESULT_TEXT_REQUIRED("visit.result-text-required", UNPROCESSABLE),
    VISIT_ID_TAKEN("visit.id-taken", UNPROCESSABLE),
    VISIT_PARTICIPANT_REQUIRED("visit.participant-required", UNPROCESSABLE),

    CONTACT_UNKNOWN_PARTNERSHIP("contact.unknown-partnership", UNPROCESSABLE),
    CONTACT_UNKNOWN_VISIT("contact.unknown-visit", UNPROCESSABLE),
    CONTACT_INSTITUTION_LEVEL_ROLE_REQUIRED("contact.institution-level-role-required", UNPROCESSABLE),
    CONTACT_NAME_REQUIRED("contact.name-required", UNPROCESSABLE),
    CONTACT_DETAILS_REQUIRED("contact.details-required", UNPROCESSABLE),

    AGREEMENT_UNKNOWN_PARTNERSHIP("agreement.unknown-partnership", UNPROCESSABLE),
    AGREEMENT_TITLE_REQUIRED("agreement.title-required", UNPROCESSABLE),
    AGREEMENT_TRANSITION_NOT_ALLOWED("agreement.transition-not-allowed", CONFLICT),
    AGREEMENT_SIGNATORIES_AND_VALIDITY_REQUIRED("agreement.signatories-and-validity-required", UNPROCESSABLE),
    AGREEMENT_UNKNOWN_ORGANISATION("agreement.unknown-organisation", UNPROCESSABLE),

    /** Personal data in a command must be about the person it is recorded for (it is encrypted with their key). */
    PERSONAL_DATA_WRONG_SUBJECT("personal-data.wrong-subject", UNPROCESSABLE);

    private final String code;
    private final RuleViolation.Kind kind;

    CooperationRule(String code, RuleViolation.Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RuleViolation.Kind kind() {
        return kind;
    }
}
