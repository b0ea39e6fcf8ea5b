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
public final class CooperationRule {

    public static final RuleCode PARTNERSHIP_COORDINATORS_ONLY = new RuleCode("partnership.coordinators-only", FORBIDDEN);
    public static final RuleCode PARTNERSHIP_PARTICIPANTS_ONLY = new RuleCode("partnership.participants-only", FORBIDDEN);
    public static final RuleCode PARTNERSHIP_CITY_AND_COUNTRY_REQUIRED = new RuleCode("partnership.city-and-country-required", UNPROCESSABLE);
    public static final RuleCode PARTNERSHIP_PARTICIPANTS_REQUIRED = new RuleCode("partnership.participants-required", UNPROCESSABLE);
    public static final RuleCode PARTNERSHIP_UNKNOWN_ORGANISATION = new RuleCode("partnership.unknown-organisation", UNPROCESSABLE);
    public static final RuleCode PARTNERSHIP_STATUS_NOT_ALLOWED = new RuleCode("partnership.status-not-allowed", CONFLICT);
    public static final RuleCode PARTNERSHIP_ENDED = new RuleCode("partnership.ended", CONFLICT);

    public static final RuleCode GOAL_TEXT_REQUIRED = new RuleCode("goal.text-required", UNPROCESSABLE);
    public static final RuleCode GOAL_ID_TAKEN = new RuleCode("goal.id-taken", UNPROCESSABLE);
    public static final RuleCode GOAL_UNKNOWN = new RuleCode("goal.unknown", UNPROCESSABLE);
    public static final RuleCode GOAL_STATE_NOT_ALLOWED = new RuleCode("goal.state-not-allowed", CONFLICT);

    public static final RuleCode VISIT_UNKNOWN_PARTNERSHIP = new RuleCode("visit.unknown-partnership", UNPROCESSABLE);
    public static final RuleCode VISIT_KIND_AND_PERIOD_REQUIRED = new RuleCode("visit.kind-and-period-required", UNPROCESSABLE);
    public static final RuleCode VISIT_UNKNOWN_FUNDING_APPLICATION = new RuleCode("visit.unknown-funding-application", UNPROCESSABLE);
    public static final RuleCode VISIT_UNKNOWN_ORGANISATION = new RuleCode("visit.unknown-organisation", UNPROCESSABLE);
    public static final RuleCode VISIT_FUNDING_REQUIRED = new RuleCode("visit.funding-required", UNPROCESSABLE);
    public static final RuleCode VISIT_NOT_PLANNED = new RuleCode("visit.not-planned", CONFLICT);
    public static final RuleCode VISIT_NOT_HELD = new RuleCode("visit.not-held", CONFLICT);
    public static final RuleCode VISIT_CANCELLED = new RuleCode("visit.cancelled", CONFLICT);
    public static final RuleCode VISIT_TALK_INSTITUTION_REQUIRED = new RuleCode("visit.talk-institution-required", UNPROCESSABLE);
    public static final RuleCode VISIT_RESULT_TEXT_REQUIRED = new RuleCode("visit.result-text-required", UNPROCESSABLE);
    public static final RuleCode VISIT_ID_TAKEN = new RuleCode("visit.id-taken", UNPROCESSABLE);
    public static final RuleCode VISIT_PARTICIPANT_REQUIRED = new RuleCode("visit.participant-required", UNPROCESSABLE);

    public static final RuleCode CONTACT_UNKNOWN_PARTNERSHIP = new RuleCode("contact.unknown-partnership", UNPROCESSABLE);
    public static final RuleCode CONTACT_UNKNOWN_VISIT = new RuleCode("contact.unknown-visit", UNPROCESSABLE);
    public static final RuleCode CONTACT_INSTITUTION_LEVEL_ROLE_REQUIRED = new RuleCode("contact.institution-level-role-required", UNPROCESSABLE);
    public static final RuleCode CONTACT_NAME_REQUIRED = new RuleCode("contact.name-required", UNPROCESSABLE);
    public static final RuleCode CONTACT_DETAILS_REQUIRED = new RuleCode("contact.details-required", UNPROCESSABLE);

    public static final RuleCode AGREEMENT_UNKNOWN_PARTNERSHIP = new RuleCode("agreement.unknown-partnership", UNPROCESSABLE);
    public static final RuleCode AGREEMENT_TITLE_REQUIRED = new RuleCode("agreement.title-required", UNPROCESSABLE);
    public static final RuleCode AGREEMENT_TRANSITION_NOT_ALLOWED = new RuleCode("agreement.transition-not-allowed", CONFLICT);
    public static final RuleCode AGREEMENT_SIGNATORIES_AND_VALIDITY_REQUIRED = new RuleCode("agreement.signatories-and-validity-required", UNPROCESSABLE);
    public static final RuleCode AGREEMENT_UNKNOWN_ORGANISATION = new RuleCode("agreement.unknown-organisation", UNPROCESSABLE);

    /** Personal data in a command must be about the person it is recorded for (it is encrypted with their key). */
    public static final RuleCode PERSONAL_DATA_WRONG_SUBJECT = new RuleCode("personal-data.wrong-subject", UNPROCESSABLE);

    private CooperationRule() {
    }
}
